import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listingOf, productFieldsFor } from "../../../lib/coordinator/listing"
import type { AdminGetListingsType } from "./validators"
import type { AdminListingListResponse } from "@karya-binaan/contract"

/**
 * Products in one listing state, with their cohort, for the operator's review
 * screen in Medusa Admin. The state maps onto a product status (see
 * lib/coordinator/listing.ts), so the status filters in the database and the
 * listing state narrows what a status alone can't (rejected vs archived drafts).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetListingsType>, res: MedusaResponse<AdminListingListResponse>) {
  const { state, limit, offset } = req.validatedQuery as AdminGetListingsType
  const { status } = productFieldsFor(state, {})
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "status", "metadata", "thumbnail", "updated_at", "cohort.id", "cohort.name"],
    filters: { status },
  })
  const listings = data
    .map((p) => ({
      id: p.id,
      title: p.title,
      thumbnail: p.thumbnail ?? null,
      updated_at: p.updated_at,
      cohort: p.cohort ? { id: (p.cohort as { id: string }).id, name: (p.cohort as { name: string }).name } : null,
      listing: listingOf(p),
    }))
    .filter((p) => p.listing.state === state)
    // Oldest submission first: the queue is worked in the order coordinators waited.
    .sort((a, b) => String(a.updated_at).localeCompare(String(b.updated_at)))
  res.json({ products: listings.slice(offset, offset + limit), count: listings.length, offset, limit })
}
