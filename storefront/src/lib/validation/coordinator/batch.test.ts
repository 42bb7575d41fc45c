import { describe, expect, it } from "vitest"
import { parseBatchForm } from "./batch"
import { parseFulfillmentForm, parseShipForm } from "./fulfillment"
import { parseParticipantForm } from "./participant"

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

const context = { foodVariantIds: new Set(["variant_food"]), today: "2026-11-23" }
const batch = {
  variant_id: "variant_food",
  quantity: "40",
  batch_code: "kpa-2611-a",
  production_date: "2026-11-20",
  expiry_date: "2027-02-18",
  measure: "units",
  "contributions.0.participant_id": "part_1",
  "contributions.0.amount": "25",
  "contributions.1.participant_id": "part_2",
  "contributions.1.amount": "15",
  "contributions.2.participant_id": "",
  "contributions.2.amount": "",
}

describe("parseBatchForm", () => {
  it("builds the batch body with contributions in units", () => {
    const parsed = parseBatchForm(form(batch), context)
    expect(parsed).toEqual({
      ok: true,
      data: {
        variant_id: "variant_food",
        quantity: 40,
        batch_code: "KPA-2611-A",
        production_date: "2026-11-20",
        expiry_date: "2027-02-18",
        contributions: [
          { participant_id: "part_1", units: 25 },
          { participant_id: "part_2", units: 15 },
        ],
      },
    })
  })

  it("records hours (halves allowed) and needs no expiry for a handicraft", () => {
    const parsed = parseBatchForm(form({ ...batch, variant_id: "variant_craft", expiry_date: "", measure: "hours", "contributions.0.amount": "2,5" }), context)
    expect(parsed.ok && parsed.data.contributions[0]).toEqual({ participant_id: "part_1", hours: 2.5 })
    expect(parsed.ok && "expiry_date" in parsed.data).toBe(false)
  })

  it("requires an expiry date for food, after the production date, and no production in the future", () => {
    const noExpiry = parseBatchForm(form({ ...batch, expiry_date: "" }), context)
    expect(!noExpiry.ok && noExpiry.errors.expiry_date).toBe("expiryRequired")
    const before = parseBatchForm(form({ ...batch, expiry_date: "2026-11-19" }), context)
    expect(!before.ok && before.errors.expiry_date).toBe("expiryBeforeProduction")
    const future = parseBatchForm(form({ ...batch, production_date: "2026-11-24" }), context)
    expect(!future.ok && future.errors.production_date).toBe("productionFuture")
  })

  it("refuses no contributors, the same participant twice and fractional units", () => {
    const none = parseBatchForm(
      form({ ...batch, "contributions.0.participant_id": "", "contributions.0.amount": "", "contributions.1.participant_id": "", "contributions.1.amount": "" }),
      context
    )
    expect(!none.ok && none.errors["contributions.0.participant_id"]).toBe("contributionsRequired")
    const twice = parseBatchForm(form({ ...batch, "contributions.1.participant_id": "part_1" }), context)
    expect(!twice.ok && twice.errors["contributions.1.participant_id"]).toBe("duplicateParticipant")
    const half = parseBatchForm(form({ ...batch, "contributions.1.amount": "1,5" }), context)
    expect(!half.ok && half.errors["contributions.1.amount"]).toBe("wholeUnits")
    const zero = parseBatchForm(form({ ...batch, quantity: "0", batch_code: "a b" }), context)
    expect(!zero.ok && zero.errors).toMatchObject({ quantity: "quantity", batch_code: "batchCode" })
  })
})

describe("parseFulfillmentForm", () => {
  const pack = {
    "items.0.line_item_id": "ordli_1",
    "items.0.quantity": "2",
    "items.0.open": "2",
    "items.1.line_item_id": "ordli_2",
    "items.1.quantity": "0",
    "items.1.open": "1",
    carrier: "JNE",
    tracking_number: "jne123456",
  }
  it("packs the lines with a quantity, skips the rest, uppercases the tracking number", () => {
    expect(parseFulfillmentForm(form(pack), "coh_1")).toEqual({
      ok: true,
      data: { cohort_id: "coh_1", items: [{ line_item_id: "ordli_1", quantity: 2 }], carrier: "JNE", tracking_number: "JNE123456" },
    })
  })
  it("refuses more than is open, nothing at all, and a tracking number without a carrier", () => {
    const many = parseFulfillmentForm(form({ ...pack, "items.0.quantity": "3" }), "coh_1")
    expect(!many.ok && many.errors["items.0.quantity"]).toBe("packTooMany")
    const nothing = parseFulfillmentForm(form({ ...pack, "items.0.quantity": "0" }), "coh_1")
    expect(!nothing.ok && nothing.errors["items.0.quantity"]).toBe("packNothing")
    const noCarrier = parseFulfillmentForm(form({ ...pack, carrier: "" }), "coh_1")
    expect(!noCarrier.ok && noCarrier.errors.carrier).toBe("carrierRequired")
  })
})

describe("parseShipForm", () => {
  it("takes an optional carrier and tracking number, but no tracking number alone", () => {
    expect(parseShipForm(form({ carrier: "", tracking_number: "" }))).toEqual({})
    expect(parseShipForm(form({ carrier: "J&T", tracking_number: "jt 123" }))).toEqual({ carrier: "J&T", tracking_number: "JT 123" })
    expect(parseShipForm(form({ carrier: "", tracking_number: "JT123" }))).toBeNull()
    expect(parseShipForm(form({ carrier: "POS", tracking_number: "#12" }))).toBeNull()
  })
})

describe("participant form", () => {
  it("treats an empty display name as none", () => {
    expect(parseParticipantForm(form({ display_name: "  " }))).toEqual({ ok: true, data: { display_name: null } })
    const long = parseParticipantForm(form({ display_name: "x".repeat(81) }))
    expect(!long.ok && long.errors.display_name).toBe("tooLong")
  })
})
