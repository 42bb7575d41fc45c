import { describe, expect, it } from "vitest"
import { bankTransferFromMetadata, bankTransferToMetadata, type BankTransfer } from "./bank-transfer"

const details: BankTransfer = {
  bank_name: "Bank Contoh",
  account_number: "000-111",
  account_holder: "Yayasan Contoh",
  instructions: { id: "Transfer tepat.", en: "Transfer exactly." },
}

describe("bank transfer details in store metadata", () => {
  it("round-trips through flat metadata keys", () => {
    const metadata = { other: 1, ...bankTransferToMetadata(details) }
    expect(bankTransferFromMetadata(metadata)).toEqual(details)
  })

  it("is missing while any field is blank", () => {
    const metadata = { ...bankTransferToMetadata(details), bank_transfer_account_number: "  " }
    expect(bankTransferFromMetadata(metadata)).toBeNull()
    expect(bankTransferFromMetadata(null)).toBeNull()
  })
})
