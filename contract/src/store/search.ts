/** One product a search found, best first: fetch its card by `id` from /store/products. */
export type StoreSearchHit = {
  id: string
  handle: string
  /** The language whose text matched best: "id" (Indonesian) or a locale code such as "en-US". */
  matched_locale: string
}

export type StoreSearchResponse = {
  products: StoreSearchHit[]
  count: number
  limit: number
  offset: number
  /** The language the results were ranked for. */
  locale: string
  /** The query with its typos corrected ("kripik" → "keripik"), or null when every word was found as typed. */
  suggestion: string | null
  /** How many products on this page matched only through another language's text (e.g. "banana" on the Indonesian site). */
  other_locale_count: number
}
