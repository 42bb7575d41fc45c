import { useTranslations } from "next-intl"
import type { ProductCard as ProductCardData } from "@/lib/types/product"
import { ProductCard } from "./product-card"

type Props = {
  products: ProductCardData[]
  /** On pages without a section heading above the grid, a hidden h2 keeps heading levels in order (cards are h3). */
  withHeading?: boolean
}

export function ProductGrid({ products, withHeading = false }: Props) {
  const t = useTranslations("Product")
  return (
    <>
      {withHeading ? <h2 className="sr-only">{t("listLabel")}</h2> : null}
      <ul aria-label={t("listLabel")} className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4">
        {products.map((product) => (
          <li key={product.id}>
            <ProductCard product={product} />
          </li>
        ))}
      </ul>
    </>
  )
}
