import type { StoreBankTransfer } from "@karya-binaan/contract"
import type { AddressErrors } from "@/lib/validation/address"

/** A message key under "Checkout.errors" with its values, translated where the step renders it. */
export type CheckoutError = {
  key:
    | "email"
    | "option"
    | "payment"
    | "failed"
    | "cartGone"
    | "stock"
    | "stockLeft"
    | "stockUnnamed"
    | "card"
    | "cardUnfinished"
    | "cardUnavailable"
    | "pickupOutlet"
  values?: Record<string, string | number>
}

/** What a checkout step's form gets back when the server refuses it; success redirects instead. */
export type StepState = {
  error?: CheckoutError
  addressErrors?: AddressErrors
  /** What the shopper typed, so a refused form shows it again (also without JavaScript). */
  values?: Record<string, string>
  /** Counts refusals: a new count remounts the form with `values`. */
  attempt: number
}

export type DeliveryOption = {
  id: string
  name: string
  description: string | null
  amount: number
  /** Collected at a partner outlet: nothing is delivered to the address. */
  pickup: boolean
}

/** The shop's account for bank transfers: the backend's contract type as it is. */
export type BankTransferDetails = StoreBankTransfer
