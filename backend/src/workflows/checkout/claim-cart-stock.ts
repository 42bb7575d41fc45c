import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"
import { findShortfall, shortfallMessage, stockDemands, type CartStockLine, type Shortfall, type StockDemand } from "./stock-shortfall"

/** Locks held while a cart completes: which keys, and whose they are. */
export type StockClaim = { keys: string[]; ownerId: string }

export type ClaimableCart = {
  id: string
  locale?: string | null
  sales_channel_id?: string | null
  items?: CartStockLine[] | null
}

// Long enough for order creation and reservation (Medusa's own cart lock lives
// 2 minutes); a crashed instance's claim expires by itself after that.
const CLAIM_TTL_SECONDS = 120
// How long a second shopper waits for the first to finish, like Medusa's cart lock.
const WAIT_MS = 30_000

// Own key space: Medusa's reserveInventoryStep locks the bare inventory item
// ids while it reserves, inside our claim; sharing them would deadlock.
export const stockLockKey = (inventoryItemId: string) => `stock-claim:${inventoryItemId}`

/**
 * Takes every key or none. A failed attempt gives back what it got, so two
 * carts wanting the same two items never sit on one each (the Redis provider
 * takes keys one by one); sorted keys keep the queue orderly.
 */
async function acquireAll(container: MedusaContainer, claim: StockClaim): Promise<void> {
  const locking = container.resolve(Modules.LOCKING)
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    try {
      await locking.acquire(claim.keys, { ownerId: claim.ownerId, expire: CLAIM_TTL_SECONDS })
      return
    } catch {
      await locking.release(claim.keys, { ownerId: claim.ownerId })
      if (Date.now() >= deadline) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "Another checkout for the same products is still running")
      }
      await sleep(50 + Math.random() * 150)
    }
  }
}

export async function releaseStockClaim(container: MedusaContainer, claim: StockClaim): Promise<void> {
  if (claim.keys.length) await container.resolve(Modules.LOCKING).release(claim.keys, { ownerId: claim.ownerId })
}

/** What the cart will take, where: the sales channel's locations and Medusa's choice among them. */
async function cartDemands(container: MedusaContainer, cart: ClaimableCart): Promise<StockDemand[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["stock_locations.id"],
    filters: { id: cart.sales_channel_id ?? "" },
  })
  const locationIds = (channels[0]?.stock_locations ?? []).flatMap((l: { id: string } | null) => (l ? [l.id] : []))
  return stockDemands(cart.items ?? [], locationIds)
}

/** The first line the stock can't cover now, read straight from the inventory module (never a cache). */
async function shortfallOf(container: MedusaContainer, demands: StockDemand[]): Promise<Shortfall | undefined> {
  if (!demands.length) return undefined
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels(
    { inventory_item_id: demands.map((d) => d.inventory_item_id), location_id: demands.map((d) => d.location_id) },
    { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
  )
  return findShortfall(demands, levels)
}

/**
 * Whether the stock that will fill this cart falls short today, without a lock:
 * what shipping options report as `insufficient_inventory` (see
 * api/store/shipping-options/middlewares.ts). Completion decides under the lock.
 */
export async function cartStockShortfall(container: MedusaContainer, cart: ClaimableCart): Promise<Shortfall | undefined> {
  return shortfallOf(container, await cartDemands(container, cart))
}

/**
 * Locks the cart's inventory items (Locking module: Redis across instances),
 * then checks, with levels read under the lock, that Medusa's reservation will
 * succeed. A cart that can't be served is refused here, before any order
 * exists, with a message naming the product.
 */
export async function claimCartStock(container: MedusaContainer, cart: ClaimableCart, ownerId: string): Promise<StockClaim> {
  const demands = await cartDemands(container, cart)
  const keys = [...new Set(demands.map((d) => d.inventory_item_id))].sort().map(stockLockKey)
  const claim = { keys, ownerId }
  if (!keys.length) return claim

  await acquireAll(container, claim)
  try {
    const shortfall = await shortfallOf(container, demands)
    if (shortfall) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        shortfallMessage(shortfall, cart.locale),
        MedusaError.Codes.INSUFFICIENT_INVENTORY
      )
    }
  } catch (error) {
    await releaseStockClaim(container, claim)
    throw error
  }
  return claim
}
