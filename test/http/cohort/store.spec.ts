import { describe, expect, it } from "vitest"
import { COHORTS } from "../../../backend/src/scripts/seed-data/cohorts"
import { api } from "../helpers/api"

type Cohort = Record<string, any>
const PUBLIC_FIELDS = ["id", "handle", "name", "facility_name", "facility_type", "area", "craft_line", "tagline", "story", "image_url"]

describe("GET /store/cohorts", () => {
  it("lists the active cohorts with their public profile only", async () => {
    const res = await api<{ cohorts: Cohort[]; count: number }>("/store/cohorts?limit=50")
    expect(res.status).toBe(200)
    expect(res.body.count).toBeGreaterThanOrEqual(4)
    for (const cohort of res.body.cohorts) {
      expect(Object.keys(cohort).sort()).toEqual([...PUBLIC_FIELDS].sort())
      expect(["lapas", "rutan", "bapas"]).toContain(cohort.facility_type)
    }
    const facilities = res.body.cohorts.map((c) => c.facility_name)
    expect(facilities.some((f: string) => /perempuan/i.test(f))).toBe(true)
    expect(res.body.cohorts.some((c) => c.facility_type === "bapas")).toBe(true)
    expect(new Set(facilities).size).toBeGreaterThanOrEqual(4)
  })

  it("filters by facility type", async () => {
    const res = await api<{ cohorts: Cohort[] }>("/store/cohorts?facility_type=bapas")
    expect(res.status).toBe(200)
    expect(res.body.cohorts.length).toBeGreaterThan(0)
    expect(res.body.cohorts.every((c) => c.facility_type === "bapas")).toBe(true)
  })

  it("refuses an unknown query parameter with a message", async () => {
    const res = await api("/store/cohorts?members=1")
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/members/)
  })

  it("refuses private fields asked for through ?fields", async () => {
    const res = await api("/store/cohorts?fields=status,metadata")
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/Only these cohort fields/)
    expect((await api("/store/cohorts?fields=handle,%2Bstory")).status).toBe(200)
  })

  it("needs the publishable key", async () => {
    const res = await api("/store/cohorts", { publishable: false })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/publishable/i)
  })

  it("tells every seeded cohort's story in English with ?locale=en-US", async () => {
    const id = await api<{ cohorts: Cohort[] }>("/store/cohorts?limit=100")
    const en = await api<{ cohorts: Cohort[] }>("/store/cohorts?limit=100&locale=en-US")
    expect(en.status).toBe(200)
    const byId = new Map(id.body.cohorts.map((c) => [c.id, c]))
    const seeded = en.body.cohorts.filter((c) => COHORTS.some((s) => s.handle === c.handle))
    expect(seeded).toHaveLength(COHORTS.length)
    for (const cohort of seeded) {
      expect(cohort.story).not.toEqual(byId.get(cohort.id)!.story)
      expect(cohort.tagline).not.toEqual(byId.get(cohort.id)!.tagline)
    }
  })
})

describe("GET /store/cohorts/:handle", () => {
  it("returns the cohort with its published products", async () => {
    const list = await api<{ cohorts: Cohort[] }>("/store/cohorts?limit=1")
    const handle = list.body.cohorts[0].handle
    const res = await api<{ cohort: Cohort }>(`/store/cohorts/${handle}`)
    expect(res.status).toBe(200)
    expect(res.body.cohort).toEqual(expect.objectContaining({ handle, story: expect.any(String) }))
    expect(res.body.cohort.products.length).toBeGreaterThan(0)
    for (const product of res.body.cohort.products) {
      expect(Object.keys(product).sort()).toEqual(["handle", "id", "thumbnail", "title"])
    }
  })

  it("answers an unknown handle with a 404 and a JSON message", async () => {
    const res = await api("/store/cohorts/tidak-ada")
    expect(res.status).toBe(404)
    expect(res.headers.get("content-type")).toMatch(/application\/json/)
    expect(res.body).toEqual({ type: "not_found", message: 'Cohort with handle "tidak-ada" was not found' })
  })
})
