import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getProduct } from "@/lib/data/products"
import { pageMetadata } from "@/lib/metadata"
import { summarize } from "@/lib/util/text"
import { firstParam, parseIndex, type SearchParams } from "@/lib/util/catalog-params"
import { selectedVariant } from "@/lib/util/variants"
import { ProductTemplate } from "@/modules/product/templates/product-template"

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<SearchParams> }

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

export default async function ProductPage({ params, searchParams }: Props) {
  const [{ handle }, query, locale] = await Promise.all([params, searchParams, getLocale()])
  const product = await getProduct(handle, locale)
  if (!product) notFound()
  const variant = selectedVariant(product, firstParam(query.variant))
  const imageIndex = parseIndex(query.image, product.images.length)
  return <ProductTemplate product={product} variant={variant} imageIndex={imageIndex} />
}
