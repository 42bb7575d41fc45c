import { describe, expect, it } from "vitest"
import { PAY_AT_OUTLET_PROVIDER, withPayAtOutlet } from "./pay-at-outlet"
import { BANK_TRANSFER_PROVIDER, type PaymentOption } from "./payment-options"

describe("withPayAtOutlet", () => {
  const transfer: PaymentOption[] = [{ providerId: BANK_TRANSFER_PROVIDER, kind: "bank_transfer" }]
  const region = [BANK_TRANSFER_PROVIDER, PAY_AT_OUTLET_PROVIDER]

  it("offers paying at the outlet for a pickup, after paying now", () => {
    expect(withPayAtOutlet(transfer, region, true)).toEqual([...transfer, { providerId: PAY_AT_OUTLET_PROVIDER, kind: "pay_at_outlet" }])
  })

  it("never for a delivery, nor when the region lacks the provider", () => {
    expect(withPayAtOutlet(transfer, region, false)).toEqual(transfer)
    expect(withPayAtOutlet(transfer, [BANK_TRANSFER_PROVIDER], true)).toEqual(transfer)
  })
})
