import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { buyingGroup, type BuyingOutletRow } from "../../modules/outlet/buyer"
import { isConsignmentChannel, outletIdOfChannel } from "../../modules/outlet/channel"
import { outletOrderProblems } from "../../modules/outlet/order-terms"
import { BANK_TRANSFER_PROVIDER_ID } from "../../lib/payment-providers"
import { outletOrderRefusal } from "../outlet/order-refusal"

type Amount = number | string | { valueOf(): number } | null | undefined

/** A cart as completeCartWorkflow's validate hook reads it, reduced to what outlet terms need. */
export type OutletCheckCart = {
  sales_channel_id?: string | null
  customer_id?: string | null
  items?: ({ product_id?: string | null; product_title?: string | null; title?: string | null; quantity: Amount; unit_price: Amount } | null)[] | null
  payment_collection?: { payment_sessions?: ({ provider_id?: string | null } | null)[] | null } | null
}

/** Outlets pay on invoice: Medusa's manual provider, authorised now, captured when the invoice is paid. */
export const INVOICE_PAYMENT_PROVIDER = BANK_TRANSFER_PROVIDER_ID

/** The buyer's outlet as this check reads it: whose it is, and its terms. */
type TermsOutlet = BuyingOutletRow & { minimum_order_value?: number | null; case_packs?: ({ product_id: string; units: number } | null)[] | null }

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

  // The customer's outlet (customer → group → outlet, as /outlet routes scope
  // a buyer) with its terms, in one read.
  const { data: customers } = cart.customer_id
    ? await query.graph({
        entity: "customer",
        fields: [
          "id",
          "groups.id",
          "groups.outlet.id",
          "groups.outlet.status",
          "groups.outlet.sales_channel.id",
          "groups.outlet.minimum_order_value",
          "groups.outlet.case_packs.product_id",
          "groups.outlet.case_packs.units",
        ],
        filters: { id: cart.customer_id },
      })
    : { data: [] }
  const outlet = buyingGroup((customers[0]?.groups ?? []) as ({ outlet?: TermsOutlet | null } | null)[])?.outlet
  if (outlet?.id !== outletId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Pesanan outlet hanya dapat dibuat oleh pembeli outlet tersebut")
  }
  const sessions = cart.payment_collection?.payment_sessions ?? []
  if (sessions.some((s) => s && s.provider_id !== INVOICE_PAYMENT_PROVIDER)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Pesanan outlet dibayar dengan faktur (transfer bank sesuai jatuh tempo)")
  }
  const lines = (cart.items ?? []).flatMap((item) =>
    item?.product_id
      ? [{ product_id: item.product_id, title: item.product_title ?? item.title ?? "", quantity: Number(item.quantity), unit_price: Number(item.unit_price) }]
      : []
  )
  const problems = outletOrderProblems(lines, {
    minimum_order_value: Number(outlet.minimum_order_value ?? 0),
    case_packs: (outlet.case_packs ?? []).flatMap((p) => (p ? [p] : [])),
  })
  if (problems.length) throw outletOrderRefusal(problems)
}
