import { expect } from "vitest"
import { api } from "./api"

/** `path` with more query parameters. */
const withQuery = (path: string, query: string) => `${path}${path.includes("?") ? "&" : "?"}${query}`

/**
 * Checks a paginated list route against its own whole list: read in pages of
 * `size` rows, the pages are disjoint, each at most `size` long, every one
 * tells the same `count`, and together they are the whole list (read in one
 * page of `all` rows) in the same order. Returns the whole list.
 */
export async function expectPagesCoverList<T extends { id: string }>(
  path: string,
  key: string,
  token: string,
  { size, all }: { size: number; all: number }
): Promise<T[]> {
  const whole = await api(withQuery(path, `limit=${all}&offset=0`), { token })
  expect(whole.status, JSON.stringify(whole.body)).toBe(200)
  expect(whole.body).toEqual(expect.objectContaining({ limit: all, offset: 0 }))
  const rows = whole.body[key] as T[]
  expect(rows).toHaveLength(whole.body.count)

  const pages: T[][] = []
  for (let offset = 0; offset < whole.body.count; offset += size) {
    const page = await api(withQuery(path, `limit=${size}&offset=${offset}`), { token })
    expect(page.status, JSON.stringify(page.body)).toBe(200)
    expect(page.body).toEqual(expect.objectContaining({ count: whole.body.count, limit: size, offset }))
    expect(page.body[key].length).toBeLessThanOrEqual(size)
    pages.push(page.body[key])
  }
  expect(pages.slice(0, -1).every((p) => p.length === size)).toBe(true)
  const ids = pages.flat().map((r) => r.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids).toEqual(rows.map((r) => r.id))

  // Past the end: an empty page that still counts the whole list.
  const past = await api(withQuery(path, `limit=${size}&offset=${whole.body.count}`), { token })
  expect(past.body).toEqual(expect.objectContaining({ count: whole.body.count, [key]: [] }))
  return rows
}

/** A bad `limit` or `offset` is a 400 whose message says what is allowed. */
export async function expectBadPagesRefused(path: string, token: string, max: number) {
  const allowed = new RegExp(`limit harus bilangan bulat 1 sampai ${max.toLocaleString("id-ID")}`)
  for (const [query, message] of [
    [`limit=${max + 1}`, allowed],
    ["limit=100000", allowed],
    // A global guard (api/utils/input-guard.ts) answers a negative number first.
    ["limit=-1", /limit harus bilangan bulat/],
    ["limit=0", allowed],
    ["limit=x", /limit (berupa angka|harus bilangan)/],
    ["offset=-1", /offset harus bilangan bulat 0/],
  ] as const) {
    const res = await api(withQuery(path, query), { token })
    expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBe(400)
    expect(res.body.message, query).toMatch(message)
  }
}
