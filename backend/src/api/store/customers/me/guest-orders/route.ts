import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findGuestOrders } from "../../../../../workflows/order-transfer/steps/find-guest-orders"
import { requestGuestOrderTransfersWorkflow } from "../../../../../workflows/order-transfer/request-guest-order-transfers"
import type { StoreRequestGuestOrderTransfersType } from "./validators"

/** A customer's identity (token) must name a customer: a fresh registration's does not yet. */
function customerId(req: AuthenticatedMedusaRequest): string {
  const id = req.auth_context?.actor_id
  if (!id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Masuk ke akun Anda dulu. / Log in to your account first.")
  return id
}

/**
 * How many orders were placed as a guest with the customer's email: those that
 * can be attached, and those whose confirmation email is out. Counts only: the
 * account's email is not verified, so it learns nothing about those orders
 * until the link in that mailbox is opened.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const guests = await findGuestOrders(req.scope, customerId(req))
  res.json({ attachable: guests?.attachable.length ?? 0, awaiting: guests?.awaiting.length ?? 0 })
}

/** Asks, by email to the customer's address, to attach every attachable guest order (Medusa's order transfer). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRequestGuestOrderTransfersType>, res: MedusaResponse) => {
  const { result } = await requestGuestOrderTransfersWorkflow(req.scope).run({ input: { customer_id: customerId(req) } })
  res.json({ requested: result.requested.length })
}
