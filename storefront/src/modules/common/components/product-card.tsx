import { Link } from "@/i18n/navigation"
import type { ProductCard as ProductCardData } from "@/lib/types/product"
import { Price } from "./price"

/**
 * How a card's photo loads: lazily below the fold; eagerly in a grid's first
 * row when the grid starts near the top of the page, where a phone shows the
 * first two cards and the first photo is what the page paints last (its LCP).
 */
export type CardImageLoading = "lazy" | "eager" | "first"

/** A product tile: the whole card is one link, named by the product title. */
export function ProductCard({ product, imageLoading = "lazy" }: { product: ProductCardData; imageLoading?: CardImageLoading }) {
  return (
    <Link
      href={{ pathname: "/products/[handle]", params: { handle: product.handle } }}
      className="group flex h-full flex-col overflow-hidden rounded-lg border border-line bg-white shadow-sm transition hover:shadow-md"
    >
      <div className="aspect-square bg-sand">
        {product.thumbnail ? (
          // Plain <img>: the backend serves SVGs from any host; nothing to optimize.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={product.thumbnail}
            alt={product.title}
            className="h-full w-full object-cover"
            loading={imageLoading === "lazy" ? "lazy" : "eager"}
            fetchPriority={imageLoading === "first" ? "high" : undefined}
          />
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="font-sans text-base font-semibold text-ink group-hover:text-maroon group-hover:underline">{product.title}</h3>
        {product.cohortName ? <p className="text-xs text-muted">{product.cohortName}</p> : null}
        <Price price={product.price} className="mt-auto pt-1 font-semibold text-maroon" />
      </div>
    </Link>
  )
}
