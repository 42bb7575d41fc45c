import { describe, expect, it } from "vitest"
import type { OutletCatalogRow, OutletOrder } from "@/lib/types/outlet"
import { reorderCartons } from "./reorder"

const row = (variantId: string, caseUnits: number): OutletCatalogRow => ({ variantId, sku: variantId, productTitle: "", variantTitle: "", caseUnits, unitPrice: 1000 })
const line = (variantId: string | null, quantity: number) => ({ id: `l-${variantId}-${quantity}`, variantId, sku: "", title: "", quantity, unitPrice: 1000, total: 0 })

describe("reorderCartons", () => {
  it("turns a past order's units back into cartons, skipping what the catalog no longer has", () => {
    const order = { lines: [line("a", 20), line("b", 6), line("gone", 5), line("a", 10)] } as OutletOrder
    expect(reorderCartons(order, [row("a", 10), row("b", 6)])).toEqual({ a: 3, b: 1 })
  })

  it("rounds up when the carton size grew since", () => {
    const order = { lines: [line("a", 12)] } as OutletOrder
    expect(reorderCartons(order, [row("a", 10)])).toEqual({ a: 2 })
  })
})
