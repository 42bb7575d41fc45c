import { formatRupiah } from "@/lib/util/money"
import { storeProblem } from "@/lib/util/store-errors"

/** A refusal of the outlet portal, as a message key under "OutletRefusal" and its values. */
export type OutletRefusal =
  | { key: "case_pack"; values: { product: string; units: number } }
  | { key: "below_minimum"; values: { minimum: string; short: string } }
  | { key: "not_in_catalog" | "period_order" | "period_not_started" | "report_exists" | "no_consignment"; values: Record<string, never> }
  | { key: "consignment_short"; values: { sku: string; available: number; reported: number } }
  | { key: "stock"; values: { product: string } }
  | { key: "stock_left"; values: { product: string; available: number } }
  | { key: "stock_unnamed"; values: Record<string, never> }

type Problem = { code?: unknown; [value: string]: unknown }

const text = (value: unknown) => (typeof value === "string" ? value : "")
const count = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0)
const WITHOUT_VALUES = ["not_in_catalog", "period_order", "period_not_started", "report_exists", "no_consignment"] as const

/** One problem the backend named (backend/src/lib/refusal.ts), or null for a code the portal doesn't know. */
function refusalOf(problem: Problem): OutletRefusal | null {
  switch (problem.code) {
    case "case_pack":
      return { key: "case_pack", values: { product: text(problem.product_title), units: count(problem.units) } }
    case "below_minimum":
      return { key: "below_minimum", values: { minimum: formatRupiah(count(problem.minimum)), short: formatRupiah(count(problem.short)) } }
    case "consignment_short":
      return { key: "consignment_short", values: { sku: text(problem.sku), available: count(problem.available), reported: count(problem.reported) } }
    default: {
      const key = WITHOUT_VALUES.find((k) => k === problem.code)
      return key ? { key, values: {} } : null
    }
  }
}

/**
 * What the portal says for a backend refusal's problems, in the order given.
 * Empty when none is known: the caller then falls back to the backend's message.
 */
export function outletRefusals(problems: readonly unknown[]): OutletRefusal[] {
  return problems.flatMap((p) => {
    const refusal = p && typeof p === "object" ? refusalOf(p as Problem) : null
    return refusal ? [refusal] : []
  })
}

/**
 * A stock refusal from Medusa's own cart path (more cartons than the cohorts
 * have), which names no problems: read from its message as the shop's checkout
 * does, so the buyer is told to order fewer cartons. Empty for anything else.
 */
export function stockRefusals(error: { status?: number | null; message?: string | null }): OutletRefusal[] {
  const problem = storeProblem(error)
  if (problem.kind !== "stock") return []
  if (!problem.product) return [{ key: "stock_unnamed", values: {} }]
  if (problem.available) return [{ key: "stock_left", values: { product: problem.product, available: problem.available } }]
  return [{ key: "stock", values: { product: problem.product } }]
}
