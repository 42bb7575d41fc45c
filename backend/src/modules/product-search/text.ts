/**
 * How text becomes search words, for documents and queries alike: lower case,
 * accents dropped ("café" = "cafe"), anything but letters and digits a space.
 * PostgreSQL's `simple` configuration then splits on spaces, so the words the
 * index holds are exactly the words `words()` gives for a query.
 */
export function normalize(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLocaleLowerCase("id-ID")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}

/** At most this many words of a query are searched: a longer query is a paste, not a search. */
export const MAX_QUERY_WORDS = 8

/** The distinct words of a query worth searching (one-letter words match everything). */
export function words(query: string): string[] {
  return [...new Set(normalize(query).split(" ").filter((w) => w.length >= 2))].slice(0, MAX_QUERY_WORDS)
}

/** The locale of documents written in the catalog's base language, Indonesian (a product's own fields). */
export const BASE_LOCALE = "id"
