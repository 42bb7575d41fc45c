import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { coordinatorOf, type DemoCoordinator } from "../helpers/coordinators"

/**
 * GET /admin/participants (issue 17: the Admin's participants page, where a
 * released participant is moved to Bapas): filters by status, cohort and code,
 * pages, and never carries a name. The participants are made here, in a Lapas
 * cohort no other participants suite writes to.
 */

const LAPAS = "lapas-narkotika-banyuasin-eceng-gondok"
type Row = { id: string; code: string; status: string; area: string | null; joined_on: string | null; left_on: string | null; cohort: { id: string; name: string; facility_type: string } }

let operator: string
let coordinator: DemoCoordinator
let released: { id: string; code: string; name: string }
let inside: { id: string; code: string; name: string }

async function participant(status?: "released") {
  const name = unique("Nama Rahasia")
  const made = await api("/coordinator/participants", { token: coordinator.token, body: { cohort_id: coordinator.cohortId, display_name: name } })
  expect(made.status).toBe(201)
  const { id, code } = made.body.participant
  if (status) {
    const set = await api(`/coordinator/participants/${id}/profile`, { token: coordinator.token, body: { status, joined_on: "2026-03-01", left_on: "2026-10-15" } })
    expect(set.status).toBe(200)
  }
  return { id, code, name }
}

async function list(query: Record<string, string>): Promise<{ participants: Row[]; count: number; limit: number; offset: number }> {
  const res = await api(`/admin/participants?${new URLSearchParams(query)}`, { token: operator })
  if (res.status !== 200) throw new Error(`GET /admin/participants answered ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

beforeAll(async () => {
  operator = await operatorToken()
  coordinator = await coordinatorOf(LAPAS)
  released = await participant("released")
  inside = await participant()
})

describe("GET /admin/participants", () => {
  it("filters by status and cohort, with the cohort's name and facility type", async () => {
    const releasedHere = await list({ cohort_id: coordinator.cohortId, status: "released", limit: "200" })
    const codes = releasedHere.participants.map((p) => p.code)
    expect(codes).toContain(released.code)
    expect(codes).not.toContain(inside.code)
    for (const p of releasedHere.participants) {
      expect(p.status).toBe("released")
      expect(p.cohort).toMatchObject({ id: coordinator.cohortId, facility_type: "lapas" })
      expect(p.cohort.name).toEqual(expect.any(String))
    }
    expect(releasedHere.participants.find((p) => p.id === released.id)).toMatchObject({ joined_on: "2026-03-01", left_on: "2026-10-15", area: null })

    const wbpHere = await list({ cohort_id: coordinator.cohortId, status: "wbp", limit: "200" })
    expect(wbpHere.participants.map((p) => p.code)).toContain(inside.code)
    expect(wbpHere.participants.map((p) => p.code)).not.toContain(released.code)

    // Every cohort's, by status alone.
    const everywhere = await list({ status: "released", limit: "200" })
    expect(everywhere.participants.every((p) => p.status === "released")).toBe(true)
  })

  it("finds a participant by part of the code, and pages", async () => {
    const found = await list({ q: released.code.toLowerCase() })
    expect(found.participants.map((p) => p.id)).toContain(released.id)
    expect(found.participants.every((p) => p.code.toLowerCase().includes(released.code.toLowerCase()))).toBe(true)

    const first = await list({ cohort_id: coordinator.cohortId, limit: "1" })
    expect(first.participants).toHaveLength(1)
    expect(first).toMatchObject({ limit: 1, offset: 0 })
    expect(first.count).toBeGreaterThanOrEqual(2)
    const second = await list({ cohort_id: coordinator.cohortId, limit: "1", offset: "1" })
    expect(second.participants[0].id).not.toBe(first.participants[0].id)
  })

  it("carries no name: only the code and the impact profile", async () => {
    const res = await list({ cohort_id: coordinator.cohortId, limit: "200" })
    const text = JSON.stringify(res)
    expect(text).not.toContain(released.name)
    expect(text).not.toContain(inside.name)
    expect(text).not.toContain("display_name")
    for (const p of res.participants) expect(Object.keys(p).sort()).toEqual(["area", "code", "cohort", "id", "joined_on", "left_on", "status"])
  })

  it("after a move to Bapas the participant is listed under the Bapas cohort with the same code", async () => {
    const [target] = (await api("/admin/cohorts?facility_type=bapas&limit=5&fields=id,name", { token: operator })).body.cohorts as { id: string; name: string }[]
    const moved = await api(`/admin/participants/${released.id}/move`, { token: operator, body: { cohort_id: target.id } })
    expect(moved.status).toBe(200)
    const there = await list({ cohort_id: target.id, q: released.code })
    expect(there.participants.find((p) => p.id === released.id)).toMatchObject({ code: released.code, status: "released", cohort: { id: target.id, name: target.name, facility_type: "bapas" } })
    const before = await list({ cohort_id: coordinator.cohortId, q: released.code })
    expect(before.participants.map((p) => p.id)).not.toContain(released.id)
    // Someone still inside is refused, with the reason.
    const refused = await api(`/admin/participants/${inside.id}/move`, { token: operator, body: { cohort_id: target.id } })
    expect(refused.status).toBe(400)
    expect(refused.body.message).toMatch(/WBP/)
  })

  it("bad filters are a 400 a person can act on", async () => {
    for (const [query, field] of [
      ["status=bebas", /status/],
      ["q=%25", /q/],
      ["limit=0", /limit/],
      ["offset=-1", /offset/],
      ["name=x", /name|unrecognized|tidak dikenal/i],
    ] as const) {
      const res = await api(`/admin/participants?${query}`, { token: operator })
      expect(res.status, query).toBe(400)
      expect(res.body.message, query).toMatch(field)
    }
    expect((await api("/admin/participants")).status).toBe(401)
  })
})
