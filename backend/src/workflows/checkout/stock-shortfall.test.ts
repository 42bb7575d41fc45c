import { describe, expect, it } from "vitest"
import { findShortfall, shortfallMessage, stockDemands, type CartStockLine } from "./stock-shortfall"

const line = (quantity: number, levels: { location_id: string; stocked_quantity: number; reserved_quantity: number }[], item = "iitem_1"): CartStockLine => ({
  product_title: "Keripik Tempe Sagu",
  variant_title: "Pedas / 250 g",
  quantity,
  variant: {
    manage_inventory: true,
    allow_backorder: false,
    inventory_items: [{ inventory_item_id: item, required_quantity: 1, inventory: { location_levels: levels } }],
  },
})

describe("stockDemands", () => {
  it("reserves from the first channel location that had enough, like Medusa", () => {
    const levels = [
      { location_id: "sloc_gudang", stocked_quantity: 0, reserved_quantity: 0 },
      { location_id: "sloc_bapas", stocked_quantity: 5, reserved_quantity: 4 },
      { location_id: "sloc_lapas", stocked_quantity: 9, reserved_quantity: 0 },
    ]
    expect(stockDemands([line(2, levels)], ["sloc_gudang", "sloc_bapas", "sloc_lapas"])).toEqual([
      { inventory_item_id: "iitem_1", location_id: "sloc_lapas", quantity: 2, title: "Keripik Tempe Sagu (Pedas / 250 g)" },
    ])
  })

  it("ignores locations outside the sales channel, and untracked or backordered variants", () => {
    const levels = [{ location_id: "sloc_outlet", stocked_quantity: 9, reserved_quantity: 0 }]
    const untracked = { ...line(1, levels), variant: { ...line(1, levels).variant, manage_inventory: false } }
    expect(stockDemands([line(1, levels), untracked], ["sloc_bapas"])).toEqual([])
  })

  it("sums lines that draw on the same inventory item at the same place", () => {
    const levels = [{ location_id: "sloc_bapas", stocked_quantity: 3, reserved_quantity: 0 }]
    const [demand] = stockDemands([line(2, levels), line(2, levels)], ["sloc_bapas"])
    expect(demand.quantity).toBe(4)
  })
})

describe("findShortfall", () => {
  const demand = { inventory_item_id: "iitem_1", location_id: "sloc_bapas", quantity: 2, title: "Keripik Tempe Sagu" }

  it("passes when the fresh level covers the demand", () => {
    const levels = [{ inventory_item_id: "iitem_1", location_id: "sloc_bapas", stocked_quantity: 3, reserved_quantity: 1 }]
    expect(findShortfall([demand], levels)).toBeUndefined()
  })

  it("reports how many are left, never below zero", () => {
    const one = [{ inventory_item_id: "iitem_1", location_id: "sloc_bapas", stocked_quantity: 3, reserved_quantity: 2 }]
    const over = [{ inventory_item_id: "iitem_1", location_id: "sloc_bapas", stocked_quantity: 1, reserved_quantity: 2 }]
    expect(findShortfall([demand], one)).toEqual({ title: "Keripik Tempe Sagu", available: 1, wanted: 2 })
    expect(findShortfall([demand], over)?.available).toBe(0)
    expect(findShortfall([demand], [])?.available).toBe(0)
  })
})

describe("shortfallMessage", () => {
  it("speaks Indonesian by default and English for an English cart", () => {
    expect(shortfallMessage({ title: "Sale Pisang", available: 0, wanted: 1 })).toBe(
      'Stok "Sale Pisang" habis. Hapus dari keranjang untuk melanjutkan pesanan.'
    )
    expect(shortfallMessage({ title: "Sale Pisang", available: 2, wanted: 5 }, "en-US")).toBe(
      'Only 2 of "Sale Pisang" left. Lower the quantity to 2 or fewer to place your order.'
    )
  })

  it("words a cart line's refusal without the checkout's 'to place your order'", () => {
    expect(shortfallMessage({ title: "Sale Pisang", available: 7, wanted: 100000 }, null, "cart")).toBe(
      'Stok "Sale Pisang" tinggal 7. Kurangi jumlahnya menjadi 7 atau kurang.'
    )
    expect(shortfallMessage({ title: "Sale Pisang", available: 0, wanted: 1 }, "en-US", "cart")).toBe('"Sale Pisang" is sold out.')
  })
})
