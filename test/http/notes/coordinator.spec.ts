import { beforeAll, describe, expect, it } from "vitest"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { checkoutCart, completeCart } from "../helpers/checkout"
import { coordinatorOf, type DemoCoordinator } from "../helpers/coordinators"
import { variantOf } from "../helpers/customers"
import { sql } from "../helpers/database"

// A product nobody else's suite buys, of a cohort no other suite sends notes to.
const PRODUCT = 17
const RANK = { pending: 0, approved: 1, rejected: 2 } as const

type Note = { id: string; status: keyof typeof RANK; created_at: string }

describe("the coordinator's moderation queue of thank-you notes", () => {
  let coordinator: DemoCoordinator
  let oldPending: string
  const approved: string[] = []
  let rejected: string

  const queue = (query: string) => api(`/coordinator/notes?cohort_id=${coordinator.cohortId}&${query}`, { token: coordinator.token })

  beforeAll(async () => {
    const [variantId, demo] = await Promise.all([variantOf(PRODUCT), coordinatorOf(PRODUCTS[PRODUCT].cohort)])
    coordinator = demo
    const ids: string[] = []
    // Guests' orders, each note sent with the access token its browser got.
    for (let i = 0; i < 5; i++) {
      const done = await completeCart(await checkoutCart(`${unique("sari")}@pembeli.test`, [{ variantId, quantity: 1 }]))
      expect(done.body.type, JSON.stringify(done.body)).toBe("order")
      const sent = await api(`/store/orders/${done.body.order.id}/notes`, {
        headers: { "x-order-access-token": done.body.order_access.token },
        body: { message: `Tasnya rapi sekali, terima kasih (${i + 1})` },
      })
      expect(sent.status, JSON.stringify(sent.body)).toBe(201)
      ids.push(sent.body.note.id)
    }
    ;[oldPending, rejected] = [ids[0], ids[4]]
    for (const id of ids.slice(1, 4)) {
      expect((await api(`/coordinator/notes/${id}`, { token: coordinator.token, body: { action: "approve" } })).status).toBe(200)
      approved.push(id)
    }
    expect((await api(`/coordinator/notes/${rejected}`, { token: coordinator.token, body: { action: "reject" } })).status).toBe(200)
    // Time passes: the pending note is a month older than every approved one.
    await sql(`update maker_note set created_at = now() - interval '30 days' where id = $1`, [oldPending])
  })

  it("puts a pending note first even when a full page of newer approved notes came after it", async () => {
    const res = await queue("limit=3")
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toEqual(expect.objectContaining({ count: 5, limit: 3, offset: 0 }))
    expect(res.body.notes.map((n: Note) => n.id)).toEqual([oldPending, approved[2], approved[1]])
    expect(res.body.notes.map((n: Note) => n.status)).toEqual(["pending", "approved", "approved"])
  })

  it("pages with limit and offset: disjoint pages, pending first and newest first within, whose union is every note", async () => {
    const pages: Note[][] = []
    for (let offset = 0; offset < 7; offset += 2) {
      const res = await queue(`limit=2&offset=${offset}`)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body).toEqual(expect.objectContaining({ count: 5, limit: 2, offset }))
      pages.push(res.body.notes)
    }
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1, 0])
    const all = pages.flat()
    expect(new Set(all.map((n) => n.id)).size).toBe(5)
    expect(all.map((n) => n.id)).toEqual([oldPending, approved[2], approved[1], approved[0], rejected])
    for (let i = 1; i < all.length; i++) {
      const [before, after] = [all[i - 1], all[i]]
      expect(RANK[before.status] < RANK[after.status] || (before.status === after.status && before.created_at >= after.created_at)).toBe(true)
    }
    // A status filter pages the same way and counts only its own.
    const approvedOnly = await queue("status=approved&limit=2&offset=2")
    expect(approvedOnly.body).toEqual(expect.objectContaining({ count: 3, limit: 2, offset: 2 }))
    expect(approvedOnly.body.notes.map((n: Note) => n.id)).toEqual([approved[0]])
  })

  it("answers without limit with the first page of its default size", async () => {
    const res = await queue("")
    expect(res.status).toBe(200)
    expect(res.body).toEqual(expect.objectContaining({ count: 5, limit: 50, offset: 0 }))
    expect(res.body.notes).toHaveLength(5)
  })

  it.each([
    ["limit=100000", /limit harus bilangan bulat 1 sampai 200/],
    ["limit=0", /limit harus bilangan bulat 1 sampai 200/],
    ["limit=abc", /limit/],
    // Negative numbers are refused by the app-wide input guard before the route's schema.
    ["limit=-1", /limit harus bilangan bulat 0 atau lebih/],
    ["offset=-1", /offset harus bilangan bulat 0 atau lebih/],
  ])("refuses %s with a 400 that says what is allowed", async (query, message) => {
    const res = await queue(query)
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(res.body.message).toMatch(message)
  })
})
