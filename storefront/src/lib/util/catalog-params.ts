/** Search params as Next passes them to pages. */
export type SearchParams = Record<string, string | string[] | undefined>

export const PAGE_SIZE = 12

export const SORT_KEYS = ["newest", "title-asc", "title-desc"] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const DEFAULT_SORT: SortKey = "newest"

// Price sorting is not offered: the store API cannot order by calculated price.
const ORDER_BY_SORT: Record<SortKey, string> = {
  newest: "-created_at",
  "title-asc": "title",
  "title-desc": "-title",
}

/** The first value of a search param (?q=a&q=b → "a"). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

export function parseSort(value: string | string[] | undefined): SortKey {
  const sort = firstParam(value)
  return SORT_KEYS.find((key) => key === sort) ?? DEFAULT_SORT
}

/** The store API's `order` for a sort key. */
export function sortOrder(sort: SortKey): string {
  return ORDER_BY_SORT[sort]
}

/** A 1-based page number; anything else is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const raw = firstParam(value)
  if (!raw || !/^\d+$/.test(raw)) return 1
  return Math.max(1, Number.parseInt(raw, 10))
}

export function pageCount(count: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / pageSize))
}

/**
 * The page a listing asked with `?page=` should show, or where to send it
 * instead: junk (0, -1, abc) goes to page 1 and a page past the end to the
 * last page, so no one reads "Page 3 of 2" or a copy of page 1 under another address.
 */
export function pageTarget(value: string | string[] | undefined, totalPages: number): { page: number; redirectTo: number | null } {
  const raw = firstParam(value)
  if (raw === undefined) return { page: 1, redirectTo: null }
  const page = /^\d+$/.test(raw) ? Number(raw) : 0
  if (page < 1) return { page: 1, redirectTo: 1 }
  if (page > totalPages) return { page: totalPages, redirectTo: totalPages }
  return { page, redirectTo: null }
}

/** The search query, trimmed; empty means "no search yet". */
export function parseQuery(value: string | string[] | undefined): string {
  return (firstParam(value) ?? "").trim().slice(0, 100)
}

/** A 0-based index below `length` (e.g. ?image=2); anything else is 0. */
export function parseIndex(value: string | string[] | undefined, length: number): number {
  const raw = firstParam(value)
  if (!raw || !/^\d+$/.test(raw)) return 0
  const index = Number.parseInt(raw, 10)
  return index < length ? index : 0
}
