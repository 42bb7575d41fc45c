/** An inventory level as the cart was read: used to predict where Medusa reserves. */
type CartLevel = { location_id: string; stocked_quantity?: number | null; reserved_quantity?: number | null }

/** A cart line as completeCartWorkflow reads it, reduced to what stock needs. */
export type CartStockLine = {
  product_title?: string | null
  variant_title?: string | null
  quantity: number
  variant?: {
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    inventory_items?: {
      inventory_item_id: string
      required_quantity: number
      inventory?: { location_levels?: CartLevel[] | null } | null
    }[] | null
  } | null
}

/** Units the cart takes of one inventory item at the location Medusa will reserve them from. */
export type StockDemand = { inventory_item_id: string; location_id: string; quantity: number; title: string }

export type FreshLevel = { inventory_item_id: string; location_id: string; stocked_quantity: number; reserved_quantity: number }

export type Shortfall = { title: string; available: number; wanted: number }

const available = (level: { stocked_quantity?: number | null; reserved_quantity?: number | null }) =>
  Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)

export function lineTitle(line: CartStockLine): string {
  const product = line.product_title ?? "Produk"
  return line.variant_title && line.variant_title !== product ? `${product} (${line.variant_title})` : product
}

/**
 * What the cart will reserve, where. Mirrors Medusa's choice at completion
 * (prepareConfirmInventoryInput): per line, the first of the sales channel's
 * locations whose level had enough when the cart was read, else the first
 * that stocks it. Lines sharing an inventory item are summed (medusa#16502).
 */
export function stockDemands(lines: CartStockLine[], channelLocationIds: string[]): StockDemand[] {
  const demands = new Map<string, StockDemand>()
  for (const line of lines) {
    const variant = line.variant
    if (!variant?.manage_inventory || variant.allow_backorder) continue
    for (const item of variant.inventory_items ?? []) {
      const need = Number(item.required_quantity) * Number(line.quantity)
      const levels = (item.inventory?.location_levels ?? []).filter((l) => channelLocationIds.includes(l.location_id))
      const chosen = levels.find((l) => available(l) >= need) ?? levels[0]
      if (!chosen) continue // no location at all: Medusa refuses the cart with its own error
      const key = `${item.inventory_item_id}@${chosen.location_id}`
      const demand = demands.get(key)
      if (demand) demand.quantity += need
      else demands.set(key, { inventory_item_id: item.inventory_item_id, location_id: chosen.location_id, quantity: need, title: lineTitle(line) })
    }
  }
  return [...demands.values()]
}

/** The first demand that the levels, read under the stock lock, can't cover. */
export function findShortfall(demands: StockDemand[], levels: FreshLevel[]): Shortfall | undefined {
  for (const demand of demands) {
    const level = levels.find((l) => l.inventory_item_id === demand.inventory_item_id && l.location_id === demand.location_id)
    const left = level ? Math.max(0, available(level)) : 0
    if (left < demand.quantity) return { title: demand.title, available: left, wanted: demand.quantity }
  }
  return undefined
}

/**
 * What the shopper reads: which product, how many are left, what to do.
 * Indonesian unless the cart is English. `cart` words it for changing a cart
 * line, `checkout` (the default) for placing the order.
 */
export function shortfallMessage({ title, available }: Shortfall, locale?: string | null, at: "cart" | "checkout" = "checkout"): string {
  const english = locale?.toLowerCase().startsWith("en")
  const toOrder = at === "checkout"
  if (available === 0) {
    return english
      ? `"${title}" is sold out.${toOrder ? " Remove it from your cart to place your order." : ""}`
      : `Stok "${title}" habis.${toOrder ? " Hapus dari keranjang untuk melanjutkan pesanan." : ""}`
  }
  return english
    ? `Only ${available} of "${title}" left. Lower the quantity to ${available} or fewer${toOrder ? " to place your order" : ""}.`
    : `Stok "${title}" tinggal ${available}. Kurangi jumlahnya menjadi ${available} atau kurang${toOrder ? " untuk melanjutkan pesanan" : ""}.`
}
