import type account from "../../messages/id/account.json"
import type address from "../../messages/id/address.json"
import type cart from "../../messages/id/cart.json"
import type catalog from "../../messages/id/catalog.json"
import type checkout from "../../messages/id/checkout.json"
import type coordinator from "../../messages/id/coordinator.json"
import type notes from "../../messages/id/notes.json"
import type outlet from "../../messages/id/outlet.json"
import type payment from "../../messages/id/payment.json"
import type payouts from "../../messages/id/payouts.json"
import type pickup from "../../messages/id/pickup.json"
import type impact from "../../messages/id/impact.json"
import type { AppLocale } from "./routing"

// Messages live in one file per area of the shop (messages/<locale>/<area>.json)
// so each area grows on its own; top-level sections never repeat across areas.
export const MESSAGE_AREAS = ["catalog", "address", "cart", "checkout", "account", "coordinator", "payouts", "outlet", "payment", "pickup", "impact", "notes"] as const

export type Messages = typeof catalog & typeof address & typeof cart & typeof checkout & typeof account & typeof coordinator & typeof payouts & typeof outlet & typeof payment & typeof pickup & typeof impact & typeof notes

export async function loadMessages(locale: AppLocale): Promise<Messages> {
  const parts = await Promise.all(
    MESSAGE_AREAS.map(async (area) => (await import(`../../messages/${locale}/${area}.json`)).default)
  )
  return Object.assign({}, ...parts)
}
