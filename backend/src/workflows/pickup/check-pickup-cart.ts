import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OUTLET_MODULE } from "../../modules/outlet"
import type { OutletModuleService } from "../../modules/outlet/service"
import { PAY_AT_OUTLET_PROVIDER_ID } from "../../modules/pay-at-outlet"
import { refusal } from "../../lib/refusal"

/** The cart metadata key holding the outlet a shopper collects at (set by POST /store/carts/:id/pickup-outlet). */
export const PICKUP_OUTLET_KEY = "pickup_outlet_id"
/** The pickup shipping option's type code (seed-data/shipping.ts). */
export const PICKUP_TYPE_CODE = "pickup"

export type PickupCartFacts = { pickup: boolean; outlet_id: string | null; pay_at_outlet: boolean; outlet_order: boolean }

/** What the cart chose: pickup or not, which outlet, and whether it pays at the outlet. */
export async function pickupCartFacts(container: MedusaContainer, cartId: string): Promise<PickupCartFacts> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "metadata", "shipping_methods.shipping_option_id", "payment_collection.payment_sessions.provider_id"],
    filters: { id: cartId },
  })
  const optionIds = (cart?.shipping_methods ?? []).flatMap((m: { shipping_option_id?: string | null } | null) => (m?.shipping_option_id ? [m.shipping_option_id] : []))
  let pickup = false
  if (optionIds.length) {
    const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id", "type.code"], filters: { id: optionIds } })
    pickup = options.some((o: { type?: { code?: string } | null }) => o.type?.code === PICKUP_TYPE_CODE)
  }
  const sessions = (cart?.payment_collection?.payment_sessions ?? []) as ({ provider_id?: string } | null)[]
  const metadata = (cart?.metadata ?? {}) as Record<string, unknown>
  const outletId = metadata[PICKUP_OUTLET_KEY]
  return {
    pickup,
    outlet_id: typeof outletId === "string" && outletId ? outletId : null,
    pay_at_outlet: sessions.some((s) => s?.provider_id === PAY_AT_OUTLET_PROVIDER_ID),
    // An outlet's own wholesale order (metadata.outlet_id, workflows/outlet): it collects for itself.
    outlet_order: !!metadata.outlet_id,
  }
}

/** An active outlet by id, or null. */
export async function activePickupOutlet(container: MedusaContainer, outletId: string) {
  const [outlet] = await container.resolve<OutletModuleService>(OUTLET_MODULE).listOutlets({ id: outletId, status: "active" })
  return outlet ?? null
}

/**
 * Before a cart becomes an order: a pickup names an active partner outlet,
 * and paying at the outlet is only for pickups. Checked here, at completion,
 * because cart metadata can also be written through Medusa's own cart route.
 */
export async function checkPickupCart(container: MedusaContainer, cartId: string): Promise<PickupCartFacts> {
  const facts = await pickupCartFacts(container, cartId)
  if (facts.pay_at_outlet && !facts.pickup) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, [{ code: "pay_at_outlet_needs_pickup" }], "Bayar di outlet hanya untuk pesanan yang diambil di outlet mitra: pilih Ambil di Outlet Mitra atau cara bayar lain.")
  }
  if (facts.pickup && !facts.outlet_order) {
    if (!facts.outlet_id || !(await activePickupOutlet(container, facts.outlet_id))) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, [{ code: "pickup_outlet_missing" }], "Pilih outlet mitra tempat Anda mengambil pesanan.")
    }
  }
  return facts
}
