import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, type CompensateFn, type InvokeFn } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow, type CompleteCartWorkflowInput } from "@medusajs/medusa/core-flows"
import { checkOutletCart, type OutletCheckCart } from "../checkout/check-outlet-cart"
import { checkPickupCart } from "../pickup/check-pickup-cart"
import { linkPickupOutlet, unlinkPickupOutlet } from "../pickup/link-pickup-outlet"
import { claimCartStock, releaseStockClaim, stockLockKey, type ClaimableCart } from "../checkout/claim-cart-stock"

// Guard against selling the last unit twice (medusa#16825). Medusa creates
// the order first and reserves stock afterwards, in a parallel batch; when two
// carts race for the last unit, the loser fails inside that batch and is saved
// only by its rollback. Here the cart's inventory items are locked from
// `validate` (before the order exists) until the reservation is written, so
// the second cart waits, reads the stock the first one left, and is refused
// with a message a shopper can act on, before any order is created.
//
// The lock goes through Medusa's Locking module: in memory for one process,
// Redis (medusa-config, REDIS_URL) across servers and workers.

// core-flows declares this hook (createHook("beforePaymentAuthorization", { input }))
// right after the reservation, but leaves it out of the workflow's typed hook list.
type BeforePaymentAuthorization = {
  beforePaymentAuthorization: <C>(
    invoke: InvokeFn<{ input: CompleteCartWorkflowInput }, unknown, C>,
    compensate?: CompensateFn<C>
  ) => void
}
// Likewise orderCreated (createHook("orderCreated", { order_id, cart_id })), declared once the order and its payment exist.
type OrderCreated = {
  orderCreated: <C>(invoke: InvokeFn<{ order_id: string; cart_id: string }, unknown, C>, compensate?: CompensateFn<C>) => void
}
const hooks = completeCartWorkflow.hooks as typeof completeCartWorkflow.hooks & BeforePaymentAuthorization & OrderCreated

/** One owner per completion run, so a second run for the same cart can't borrow its locks. */
const ownerOf = (cartId: string, transactionId?: string) => `complete-cart:${cartId}:${transactionId ?? ""}`

hooks.validate(
  async ({ cart }: { cart: ClaimableCart & OutletCheckCart & { completed_at?: Date | string | null } }, { container, transactionId }) => {
    // A completed cart is a retry that returns the order it already placed.
    if (cart.completed_at) return new StepResponse(undefined, undefined)
    // Outlet terms (buyer, invoice, cartons, minimum) before any lock is taken.
    await checkOutletCart(container, cart)
    // A pickup names its outlet; paying at the outlet needs a pickup.
    await checkPickupCart(container, cart.id)
    const claim = await claimCartStock(container, cart, ownerOf(cart.id, transactionId))
    return new StepResponse(claim, claim)
  },
  // Anything later failing (order, reservation, payment) gives the items back.
  async (claim, { container }) => {
    if (claim) await releaseStockClaim(container, claim)
  }
)

hooks.beforePaymentAuthorization(async ({ input }, { container, transactionId }) => {
  // The reservation is written: later carts now read it, so the lock can go
  // before the payment provider is called.
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["items.variant.inventory_items.inventory_item_id"],
    filters: { id: input.id },
  })
  type Item = { variant?: { inventory_items?: ({ inventory_item_id?: string } | null)[] | null } | null } | null
  const items: Item[] = data[0]?.items ?? []
  const ids = items.flatMap((item) => item?.variant?.inventory_items?.map((i) => i?.inventory_item_id) ?? [])
  const keys = [...new Set(ids.filter((id): id is string => !!id))].map(stockLockKey)
  await releaseStockClaim(container, { keys, ownerId: ownerOf(input.id, transactionId) })
  return new StepResponse(undefined)
})

// The order of a pickup is linked to the outlet the shopper chose, so that
// outlet (and no other) sees it in its portal.
hooks.orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    const linked = await linkPickupOutlet(container, cart_id, order_id)
    return new StepResponse(linked, linked)
  },
  async (linked, { container }) => {
    if (linked) await unlinkPickupOutlet(container, linked)
  }
)
