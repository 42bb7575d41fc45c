import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getProduct } from "@/lib/data/products"
import { pageMetadata } from "@/lib/metadata"
import { summarize } from "@/lib/util/text"
import { firstParam, parseIndex } from "@/lib/util/catalog-params"
import { viewSearchParams } from "@/lib/util/catalog-view"
import { selectedVariant } from "@/lib/util/variants"
import { ProductTemplate } from "@/modules/product/templates/product-template"

type Props = { params: Promise<{ handle: string; view?: string[] }> }

// Rendered once per product, language and view on first visit, then served
// from Next's cache to everyone until the backend revalidates the catalog.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ handle }, locale, t] = await Promise.all([params, getLocale(), getTranslations("Metadata")])
  const product = await getProduct(handle, locale)
  if (!product) notFound()
  return pageMetadata({
    locale,
    href: { pathname: "/products/[handle]", params: { handle } },
    title: product.title,
    description: summarize(product.subtitle ? `${product.subtitle}. ${product.description ?? ""}` : product.description),
    image: product.thumbnail,
    siteName: t("siteName"),
  })
}

export default async function ProductPage({ params }: Props) {
  const [{ handle, view }, locale] = await Promise.all([params, getLocale()])
  // ?variant= and ?image= arrive as the view segment made of them (i18n/address-rules.ts; for a server action, the proxy).
  const query = viewSearchParams("products", view)
  const product = query && (await getProduct(handle, locale))
  if (!query || !product) notFound()
  const variant = selectedVariant(product, firstParam(query.variant))
  const imageIndex = parseIndex(query.image, product.images.length)
  return <ProductTemplate product={product} variant={variant} imageIndex={imageIndex} />
}
