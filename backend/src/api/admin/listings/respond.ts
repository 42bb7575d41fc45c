import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listingOf } from "../../../workflows/coordinator-product/listing"

type ListingProduct = { id: string; title: string; status: string; metadata?: Record<string, unknown> | null }

/** The product an operator decides on, or 404 for an unknown product. */
export async function retrieveListingProduct(scope: MedusaContainer, id: string): Promise<ListingProduct> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: ["id", "title", "status", "metadata"], filters: { id } })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produk ${id} tidak ditemukan`)
  return product
}

/** The product id, status and listing state after an operator decision. */
export function listingResponse(product: ListingProduct) {
  return { product: { id: product.id, title: product.title, status: product.status, listing: listingOf(product) } }
}
