import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { buyerOutlet } from "../../lib/outlet/access"
import { isConsignmentChannel, outletIdOfChannel } from "../../lib/outlet/channel"
import { outletOrderProblems, outletOrderRefusal } from "../../lib/outlet/order-rules"

type Amount = number | string | { valueOf(): number } | null | undefined

/** A cart as completeCartWorkflow's validate hook reads it, reduced to what outlet terms need. */
export type OutletCheckCart = {
  sales_channel_id?: string | null
  customer_id?: string | null
  items?: ({ product_id?: string | null; product_title?: string | null; title?: string | null; quantity: Amount; unit_price: Amount } | null)[] | null
  payment_collection?: { payment_sessions?: ({ provider_id?: string | null } | null)[] | null } | null
}

/** Outlets pay on invoice: Medusa's manual provider, authorised now, captured when the invoice is paid. */
export const INVOICE_PAYMENT_PROVIDER = "pp_system_default"

/**
 * Outlet terms, checked on the server whatever the page did: a cart in an
 * outlet's channel completes only for that outlet's buyer, paid on invoice,
 * in whole cartons and above the minimum order. Shop carts pass untouched.
 */
export async function checkOutletCart(container: MedusaContainer, cart: OutletCheckCart): Promise<void> {
  if (!cart.sales_channel_id) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["metadata"], filters: { id: cart.sales_channel_id } })
  const outletId = outletIdOfChannel(channels[0])
  // Consignment carts are made server-side from an outlet's sales report (the
  // channel is in no publishable key); cartons and minimums don't apply.
  if (!outletId || isConsignmentChannel(channels[0])) return

  const buyer = await buyerOutlet(container, cart.customer_id ?? "")
  if (buyer?.outlet_id !== outletId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Pesanan outlet hanya dapat dibuat oleh pembeli outlet tersebut")
  }
  const sessions = cart.payment_collection?.payment_sessions ?? []
  if (sessions.some((s) => s && s.provider_id !== INVOICE_PAYMENT_PROVIDER)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Pesanan outlet dibayar dengan faktur (transfer bank sesuai jatuh tempo)")
  }
  const { data: outlets } = await query.graph({
    entity: "outlet",
    fields: ["minimum_order_value", "case_packs.product_id", "case_packs.units"],
    filters: { id: outletId },
  })
  const outlet = outlets[0]
  const lines = (cart.items ?? []).flatMap((item) =>
    item?.product_id
      ? [{ product_id: item.product_id, title: item.product_title ?? item.title ?? "", quantity: Number(item.quantity), unit_price: Number(item.unit_price) }]
      : []
  )
  const problems = outletOrderProblems(
    lines,
    { minimum_order_value: Number(outlet?.minimum_order_value ?? 0), case_packs: (outlet?.case_packs ?? []).flatMap((p: { product_id: string; units: number } | null) => (p ? [p] : [])) }
  )
  if (problems.length) throw outletOrderRefusal(problems)
}
