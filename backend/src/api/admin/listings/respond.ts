import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listingOf } from "../../../workflows/coordinator-product/listing"

/** The product id, status and listing state after an operator decision; 404 for an unknown product. */
export async function listingResponse(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: ["id", "title", "status", "metadata"], filters: { id } })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produk ${id} tidak ditemukan`)
  return { product: { id: product.id, title: product.title, status: product.status, listing: listingOf(product) } }
}
