/**
 * Bank-transfer details live in the store's metadata as flat strings, so an
 * operator can change them in Medusa Admin (Settings → Store → Metadata),
 * which edits only flat key/value pairs.
 */
export const BANK_TRANSFER_KEYS = {
  bank_name: "bank_transfer_bank_name",
  account_number: "bank_transfer_account_number",
  account_holder: "bank_transfer_account_holder",
  instructions_id: "bank_transfer_instructions_id",
  instructions_en: "bank_transfer_instructions_en",
} as const

export type BankTransfer = {
  bank_name: string
  account_number: string
  account_holder: string
  instructions: { id: string; en: string }
}

/** The store's bank-transfer details, or null while any of them is missing. */
export function bankTransferFromMetadata(metadata: Record<string, unknown> | null | undefined): BankTransfer | null {
  const read = (key: string) => {
    const value = metadata?.[key]
    return typeof value === "string" && value.trim() ? value.trim() : undefined
  }
  const bank_name = read(BANK_TRANSFER_KEYS.bank_name)
  const account_number = read(BANK_TRANSFER_KEYS.account_number)
  const account_holder = read(BANK_TRANSFER_KEYS.account_holder)
  const id = read(BANK_TRANSFER_KEYS.instructions_id)
  const en = read(BANK_TRANSFER_KEYS.instructions_en)
  if (!bank_name || !account_number || !account_holder || !id || !en) return null
  return { bank_name, account_number, account_holder, instructions: { id, en } }
}

/** As metadata entries, for the seed. */
export function bankTransferToMetadata(details: BankTransfer): Record<string, string> {
  return {
    [BANK_TRANSFER_KEYS.bank_name]: details.bank_name,
    [BANK_TRANSFER_KEYS.account_number]: details.account_number,
    [BANK_TRANSFER_KEYS.account_holder]: details.account_holder,
    [BANK_TRANSFER_KEYS.instructions_id]: details.instructions.id,
    [BANK_TRANSFER_KEYS.instructions_en]: details.instructions.en,
  }
}
