import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OUTLET_MODULE } from "../../modules/outlet"
import { pickupCartFacts } from "./check-pickup-cart"

export type PickupLink = { order_id: string; outlet_id: string }

const linkOf = (l: PickupLink) => ({ [OUTLET_MODULE]: { outlet_id: l.outlet_id }, [Modules.ORDER]: { order_id: l.order_id } })

/** Links a pickup order to its outlet (links/order-pickup-outlet.ts); null when the cart was no pickup. */
export async function linkPickupOutlet(container: MedusaContainer, cartId: string, orderId: string): Promise<PickupLink | null> {
  const facts = await pickupCartFacts(container, cartId)
  if (!facts.pickup || !facts.outlet_id || facts.outlet_order) return null
  const link: PickupLink = { order_id: orderId, outlet_id: facts.outlet_id }
  await container.resolve(ContainerRegistrationKeys.LINK).create(linkOf(link))
  return link
}

export async function unlinkPickupOutlet(container: MedusaContainer, link: PickupLink): Promise<void> {
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss(linkOf(link))
}
