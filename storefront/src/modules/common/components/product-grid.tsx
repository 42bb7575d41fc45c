import { useTranslations } from "next-intl"
import type { ProductCard as ProductCardData } from "@/lib/types/product"
import { ProductCard, type CardImageLoading } from "./product-card"

/** The widest row of the grid (lg:grid-cols-4). */
const FIRST_ROW = 4

type Props = {
  products: ProductCardData[]
  /** On pages without a section heading above the grid, a hidden h2 keeps heading levels in order (cards are h3). */
  withHeading?: boolean
  /** The grid starts near the top of the page (category, search): its first row's photos load at once. */
  atTop?: boolean
}

function imageLoading(index: number, atTop: boolean): CardImageLoading {
  if (!atTop || index >= FIRST_ROW) return "lazy"
  return index === 0 ? "first" : "eager"
}

export function ProductGrid({ products, withHeading = false, atTop = false }: Props) {
  const t = useTranslations("Product")
  return (
    <>
      {withHeading ? <h2 className="sr-only">{t("listLabel")}</h2> : null}
      <ul aria-label={t("listLabel")} className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4">
        {products.map((product, index) => (
          <li key={product.id}>
            <ProductCard product={product} imageLoading={imageLoading(index, atTop)} />
          </li>
        ))}
      </ul>
    </>
  )
}
