import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CoordinatorProduct } from "@/lib/types/coordinator"
import { formatRupiah, priceRange } from "@/lib/util/money"
import { ListingBadge } from "./listing-badge"

/** The cohort's products with their listing state; a rejection's reason is shown where it is seen. */
export function ProductList({ products }: { products: CoordinatorProduct[] }) {
  const t = useTranslations("CoordinatorProducts")
  if (!products.length) return <p className="text-muted">{t("empty")}</p>
  const prices = (product: CoordinatorProduct) => {
    const range = priceRange(product.variants.map((v) => v.price))
    if (!range) return t("noPrice")
    return range.min === range.max ? formatRupiah(range.min) : `${formatRupiah(range.min)} – ${formatRupiah(range.max)}`
  }
  return (
    <ul className="grid gap-3">
      {products.map((product) => (
        <li key={product.id} className="flex gap-3 rounded-lg border border-line bg-white p-3">
          {product.thumbnail ? (
            // eslint-disable-next-line @next/next/no-img-element -- uploads come from the backend's file module, any host
            <img src={product.thumbnail} alt="" className="h-16 w-16 shrink-0 rounded object-cover" />
          ) : (
            <div className="h-16 w-16 shrink-0 rounded bg-sand" aria-hidden="true" />
          )}
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <Link
                href={{ pathname: "/coordinator/products/[id]", params: { id: product.id } }}
                className="font-semibold text-maroon underline underline-offset-4"
              >
                {product.title}
              </Link>
              <ListingBadge state={product.listing.state} />
            </div>
            <p className="text-sm text-muted">
              {t("variantCount", { count: product.variants.length })}
              {" · "}
              {prices(product)}
            </p>
            {product.listing.state === "rejected" && product.listing.reason ? (
              <p className="mt-1 text-sm text-red-800">
                {t("rejectedBecause")} {product.listing.reason}
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
