import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOrderByNumberAndEmail } from "../../../lib/order-lookup/find-order"
import { ORDER_NOT_FOUND_MESSAGE } from "../../../lib/order-lookup/lookup-order"
import type { StoreOrderLookupType } from "./validators"
import type { MessageResponse, StoreOrderLookupResponse } from "@karya-binaan/contract"

/** A guest finds an order by its number and the email it was placed with. */
export const POST = async (req: MedusaRequest<StoreOrderLookupType>, res: MedusaResponse<StoreOrderLookupResponse | MessageResponse>) => {
  const order = await findOrderByNumberAndEmail(req.scope, req.validatedBody)
  if (!order) {
    res.status(404).json({ message: ORDER_NOT_FOUND_MESSAGE })
    return
  }
  res.json({ order })
}
