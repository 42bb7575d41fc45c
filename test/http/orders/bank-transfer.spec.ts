import { describe, expect, it } from "vitest"
import { DEMO_BANK_TRANSFER } from "../../../backend/src/scripts/seed-data/bank-transfer"
import { api } from "../helpers/api"

describe("GET /store/bank-transfer", () => {
  it("gives the account and the instructions in both languages, from the store's metadata", async () => {
    const res = await api("/store/bank-transfer")
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ bank_transfer: DEMO_BANK_TRANSFER })
    // The seeded account is fiction and says so.
    expect(res.body.bank_transfer.bank_name).toMatch(/DEMO/)
  })

  it("refuses unknown query parameters with 400", async () => {
    const res = await api("/store/bank-transfer?fields=metadata")
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/fields/)
  })
})
