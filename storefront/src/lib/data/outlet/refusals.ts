import { formatRupiah } from "@/lib/util/money"

/** A refusal of the outlet portal, as a message key under "OutletRefusal" and its values. */
export type OutletRefusal =
  | { key: "case_pack"; values: { product: string; units: number } }
  | { key: "below_minimum"; values: { minimum: string; short: string } }
  | { key: "not_in_catalog" | "period_order" | "period_not_started" | "report_exists" | "no_consignment"; values: Record<string, never> }
  | { key: "consignment_short"; values: { sku: string; available: number; reported: number } }

type Problem = { code?: unknown; [value: string]: unknown }

const text = (value: unknown) => (typeof value === "string" ? value : "")
const count = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0)
const WITHOUT_VALUES = ["not_in_catalog", "period_order", "period_not_started", "report_exists", "no_consignment"] as const

/** One problem the backend named (backend/src/lib/http/refusal.ts), or null for a code the portal doesn't know. */
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
