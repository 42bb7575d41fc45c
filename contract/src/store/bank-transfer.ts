/** The account a shopper paying by bank transfer sends money to, with instructions per language. */
export type StoreBankTransfer = {
  bank_name: string
  account_number: string
  account_holder: string
  instructions: { id: string; en: string }
}

export type StoreBankTransferResponse = { bank_transfer: StoreBankTransfer }
