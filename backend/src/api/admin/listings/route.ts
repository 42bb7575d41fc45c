import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isToldByStatus, listingOf, productFieldsFor } from "../../../workflows/coordinator-product/listing"
import { LISTING_FIELDS, OLDEST_FIRST } from "./query-config"
import type { AdminGetListingsType } from "./validators"
import type { AdminListingListResponse } from "@karya-binaan/contract"

type ListingRow = {
  id: string
  title: string
  status: string
  metadata?: Record<string, unknown> | null
  thumbnail?: string | null
  updated_at: Date | string
  cohort?: { id: string; name: string } | null
}

const present = (p: ListingRow) => ({
  id: p.id,
  title: p.title,
  thumbnail: p.thumbnail ?? null,
  updated_at: p.updated_at,
  cohort: p.cohort ? { id: p.cohort.id, name: p.cohort.name } : null,
  listing: listingOf(p),
})

/**
 * Products in one listing state, with their cohort, for the operator's review
 * screen in Medusa Admin. The state maps onto a product status (see
 * workflows/coordinator-product/listing.ts): the database filters, sorts and
 * pages by status; draft and archived (one status) are told apart by metadata.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetListingsType>, res: MedusaResponse<AdminListingListResponse>) {
  const { state, limit, offset } = req.validatedQuery as AdminGetListingsType
  const { status } = productFieldsFor(state, {})
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (isToldByStatus(state)) {
    const { data, metadata } = await query.graph({
      entity: "product",
      fields: LISTING_FIELDS,
      filters: { status },
      pagination: { skip: offset, take: limit, order: OLDEST_FIRST },
    })
    res.json({ products: (data as ListingRow[]).map(present), count: metadata?.count ?? data.length, offset, limit })
    return
  }
  const { data } = await query.graph({ entity: "product", fields: LISTING_FIELDS, filters: { status }, pagination: { order: OLDEST_FIRST } })
  const listings = (data as ListingRow[]).map(present).filter((p) => p.listing.state === state)
  res.json({ products: listings.slice(offset, offset + limit), count: listings.length, offset, limit })
}
