/**
 * What went wrong in a store API call, in terms a shopper's message can be
 * chosen from. Medusa answers stock problems in several shapes: its own
 * add-to-cart refusal ("Some variant does not have the required inventory",
 * naming nothing) and this backend's race guard at checkout
 * (`Stok "<title>" habis…`, `Stok "<title>" tinggal 2…`, or the English
 * `"<title>" is sold out…`, `Only 2 of "<title>" left…`).
 */
export type StoreProblem =
  | { kind: "stock"; product: string | null; available: number | null }
  | { kind: "cart_gone" }
  | { kind: "failed" }

const STOCK_WORDS = /habis|tinggal|sold out|left|inventory|stock|stok/i
const QUOTED = /"([^"]+)"/
const AVAILABLE = /tinggal (\d+)|Only (\d+) of/i

export function storeProblem(error: { status?: number | null; message?: string | null }): StoreProblem {
  const message = error.message ?? ""
  if (STOCK_WORDS.test(message) && (error.status === 400 || error.status === 409 || error.status === 422 || QUOTED.test(message))) {
    const count = message.match(AVAILABLE)
    const available = count ? Number(count[1] ?? count[2]) : /habis|sold out/i.test(message) ? 0 : null
    return { kind: "stock", product: message.match(QUOTED)?.[1] ?? null, available }
  }
  if (error.status === 404) return { kind: "cart_gone" }
  return { kind: "failed" }
}
