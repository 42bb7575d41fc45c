import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OUTLET_BUYER_FIELDS, OUTLET_FIELDS } from "../query-config"
import type { OutletRequest } from "../scope"
import type { OutletMeResponse, OutletProfile } from "@karya-binaan/contract"

/** The buyer and their outlet: details, terms, case packs (for the portal's header, grid and invoice). */
export async function GET(req: OutletRequest, res: MedusaResponse<OutletMeResponse>) {
  // One read: the buyer, and their outlet through their customer group (the one scopeToOutlet chose).
  const {
    data: [customer],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: [...OUTLET_BUYER_FIELDS, "groups.id", ...OUTLET_FIELDS.map((f) => `groups.outlet.${f}`)],
    filters: { id: req.outlet.customer_id },
  })
  const { groups, ...buyer } = customer
  // OUTLET_FIELDS are the contract's OutletProfile fields.
  const outlet = ((groups ?? []) as ({ outlet?: OutletProfile | null } | null)[]).find((g) => g?.outlet?.id === req.outlet.outlet_id)?.outlet
  // scopeToOutlet found this outlet a moment ago; gone now means deleted in between.
  if (!outlet) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Outlet tidak ditemukan")
  res.json({ outlet, buyer })
}
