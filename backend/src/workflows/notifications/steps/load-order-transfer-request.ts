import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type OrderTransferRequest = {
  order_id: string
  display_id: number
  /** Where the confirmation goes: the address the order was placed with. */
  to: string
  /** The account asking (its email, shown so the reader knows who asks). */
  account: string
  locale: string | null
  token: string
}

type Row = Record<string, any>

/** Reads a transfer request's order change: the one-time token and the emails; null once it is no longer waiting. */
export const loadOrderTransferRequestStep = createStep(
  "load-order-transfer-request",
  async ({ order_id, order_change_id }: { order_id: string; order_change_id: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const [change] = (await orders.listOrderChanges({ id: order_change_id }, { relations: ["actions"] })) as Row[]
    const action = (change?.actions ?? []).find((a: Row) => a.action === "TRANSFER_CUSTOMER")
    if (!change || change.status !== "requested" || !action?.details?.token) {
      return new StepResponse<OrderTransferRequest | null>(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: orderRows }, { data: customers }] = await Promise.all([
      query.graph({ entity: "order", fields: ["id", "display_id", "email", "locale"], filters: { id: order_id } }),
      query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: action.reference_id } }),
    ])
    const order = orderRows[0] as Row | undefined
    const to = (action.details.original_email as string | undefined) ?? order?.email
    if (!order || !to) return new StepResponse<OrderTransferRequest | null>(null)
    return new StepResponse<OrderTransferRequest | null>({
      order_id,
      display_id: Number(order.display_id),
      to,
      account: (customers[0] as Row | undefined)?.email ?? to,
      locale: order.locale ?? null,
      token: String(action.details.token),
    })
  }
)
