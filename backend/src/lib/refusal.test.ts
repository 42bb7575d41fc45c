import { MedusaError, serializeError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { problemsOf, refusal } from "./refusal"

describe("refusal", () => {
  it("is a MedusaError of the given type and message that carries its problems", () => {
    const error = refusal(MedusaError.Types.NOT_ALLOWED, [{ code: "report_exists", period_start: "2026-10-01" }], "Laporan sudah dikirim")
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe("not_allowed")
    expect(error.message).toBe("Laporan sudah dikirim")
    expect(problemsOf(error)).toEqual([{ code: "report_exists", period_start: "2026-10-01" }])
  })

  it("keeps its problems through the workflow engine's serialisation of step errors", () => {
    const copy = serializeError(refusal(MedusaError.Types.INVALID_DATA, [{ code: "below_minimum", minimum: 300_000, short: 5_000 }], "Pesanan minimum"))
    expect(problemsOf(copy)).toEqual([{ code: "below_minimum", minimum: 300_000, short: 5_000 }])
  })

  it("finds none on other errors", () => {
    expect(problemsOf(new MedusaError(MedusaError.Types.INVALID_DATA, "x"))).toBeNull()
    expect(problemsOf({ problems: [] })).toBeNull()
    expect(problemsOf({ problems: [{ value: 1 }] })).toBeNull()
    expect(problemsOf(null)).toBeNull()
  })
})
