import { useTranslations } from "next-intl"
import type { Crumb } from "@/modules/common/components/breadcrumbs"
import { Breadcrumbs } from "@/modules/common/components/breadcrumbs"
import { Price } from "@/modules/common/components/price"
import type { Product, ProductVariant } from "@/lib/types/product"
import { lineLimit } from "@/lib/util/cart-limits"
import { stockState } from "@/lib/util/stock"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { AddToCartForm } from "../components/add-to-cart-form"
import { FoodFacts } from "../components/food-facts"
import { ImageGallery } from "../components/image-gallery"
import { MadeBy } from "../components/made-by"
import { StockStatus } from "../components/stock-status"
import { VariantPicker } from "../components/variant-picker"

type Props = {
  product: Product
  variant: ProductVariant | undefined
  imageIndex: number
}

export function ProductTemplate({ product, variant, imageIndex }: Props) {
  const t = useTranslations("Product")
  const category = product.categories[0]
  const crumbs: Crumb[] = [
    ...(category ? [{ label: category.name, href: { pathname: "/categories/[handle]" as const, params: { handle: category.handle } } }] : []),
    { label: product.title },
  ]
  // Both choices live in the URL; each link changes one and keeps the other.
  const query = (variantId: string | undefined, image: number) => ({
    ...(variantId ? { variant: variantId } : {}),
    ...(image > 0 ? { image: String(image) } : {}),
  })
  const href = (variantId: string | undefined, image: number) => ({
    pathname: "/products/[handle]" as const,
    params: { handle: product.handle },
    query: query(variantId, image),
  })
  const price = variant?.price != null ? { min: variant.price, max: variant.price } : product.price
  const netWeight = product.netWeightOptionId ? (variant?.options[product.netWeightOptionId] ?? null) : null
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs crumbs={crumbs} />
      <div className="grid gap-8 md:grid-cols-2">
        <ImageGallery images={product.images} title={product.title} selected={imageIndex} hrefFor={(i) => href(variant?.id, i)} />
        <div className="space-y-6">
          <div>
            <h1 className="text-3xl leading-tight font-bold md:text-4xl">{product.title}</h1>
            {product.subtitle ? <p className="mt-2 text-lg text-muted">{product.subtitle}</p> : null}
          </div>
          <div className="space-y-1">
            <Price price={price} className="text-2xl font-bold text-maroon" />
            {variant ? <StockStatus state={stockState(variant)} /> : null}
          </div>
          <VariantPicker product={product} selected={variant} hrefFor={(v) => href(v.id, imageIndex)} />
          {variant ? (
            <ClientMessages sections={["AddToCart", "Cart"]}>
              {/* Keyed by variant: another size starts from quantity 1 and no old message. */}
              <AddToCartForm key={variant.id} variantId={variant.id} max={lineLimit(variant)} />
            </ClientMessages>
          ) : null}
          {product.description ? <p className="leading-relaxed">{product.description}</p> : null}
          {product.material ? (
            <p className="text-sm">
              <span className="font-semibold">{t("material")}:</span> {product.material}
            </p>
          ) : null}
          {product.cohort ? <MadeBy cohort={product.cohort} /> : null}
          {product.foodLabel ? <FoodFacts label={product.foodLabel} netWeight={netWeight} /> : null}
        </div>
      </div>
    </div>
  )
}
