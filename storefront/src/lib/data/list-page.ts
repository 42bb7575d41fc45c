/** The backend refuses an offset above this (backend/src/api/utils/input-schemas.ts): a page past it reads as the last page it takes. */
const MAX_OFFSET = 1_000_000

/** The `limit` and `offset` of a list route for one 1-based page of `size` rows. */
export function pageQuery(page: number, size: number): { limit: number; offset: number } {
  return { limit: size, offset: Math.min((page - 1) * size, MAX_OFFSET) }
}
