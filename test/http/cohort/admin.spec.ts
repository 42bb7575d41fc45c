import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"

const newCohort = (handle: string) => ({
  handle,
  name: "Anyaman Uji Coba",
  facility_name: "Rutan Kelas IIB Uji",
  facility_type: "rutan",
  area: "other",
  craft_line: "tali_meiwa",
  tagline: "Tas anyaman dari pelatihan",
  story: "Kelompok fiktif untuk pengujian.",
  address: { address_1: "Jl. Uji 1", city: "Palembang", postal_code: "30111" },
})

describe("/admin/cohorts", () => {
  let token: string
  beforeAll(async () => {
    token = await operatorToken()
  })

  it("is closed to anonymous callers", async () => {
    expect((await api("/admin/cohorts")).status).toBe(401)
    expect((await api("/admin/cohorts", { body: newCohort(unique("anon")) })).status).toBe(401)
  })

  it("creates a pending cohort with its own stock location, hidden from the store until active", async () => {
    const handle = unique("uji")
    const created = await api("/admin/cohorts", { token, body: newCohort(handle) })
    expect(created.status).toBe(201)
    const cohort = created.body.cohort
    expect(cohort).toEqual(expect.objectContaining({ handle, status: "pending" }))
    expect(cohort.stock_location).toEqual(expect.objectContaining({ name: expect.stringContaining("Rutan Kelas IIB Uji") }))

    expect((await api(`/store/cohorts/${handle}`)).status).toBe(404)

    const activated = await api(`/admin/cohorts/${cohort.id}`, { token, body: { status: "active", tagline: "Sudah aktif" } })
    expect(activated.status).toBe(200)
    expect(activated.body.cohort).toEqual(expect.objectContaining({ status: "active", tagline: "Sudah aktif" }))

    const store = await api(`/store/cohorts/${handle}`)
    expect(store.status).toBe(200)
    expect(store.body.cohort.tagline).toBe("Sudah aktif")
  })

  it("keeps the English story in the Translation module, merged on edit", async () => {
    const handle = unique("en")
    const body = {
      ...newCohort(handle),
      status: "active",
      translations: { "en-US": { tagline: "Woven bags from training", story: "A fictional group for testing." } },
    }
    const created = await api("/admin/cohorts", { token, body })
    expect(created.status).toBe(201)
    const en = await api(`/store/cohorts/${handle}?locale=en-US`)
    expect(en.body.cohort).toEqual(
      expect.objectContaining({ tagline: "Woven bags from training", story: "A fictional group for testing." })
    )
    expect((await api(`/store/cohorts/${handle}`)).body.cohort.tagline).toBe("Tas anyaman dari pelatihan")

    const edited = await api(`/admin/cohorts/${created.body.cohort.id}`, {
      token,
      body: { translations: { "en-US": { tagline: "Bags woven after training" } } },
    })
    expect(edited.status).toBe(200)
    const after = await api(`/store/cohorts/${handle}?locale=en-US`)
    expect(after.body.cohort).toEqual(
      expect.objectContaining({ tagline: "Bags woven after training", story: "A fictional group for testing." })
    )
  })

  it("refuses a malformed locale code", async () => {
    const res = await api("/admin/cohorts", {
      token,
      body: { ...newCohort(unique("loc")), translations: { english: { story: "x" } } },
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/en-US/)
  })

  it("refuses a duplicate handle with a message naming it", async () => {
    const handle = unique("dupe")
    expect((await api("/admin/cohorts", { token, body: newCohort(handle) })).status).toBe(201)
    const again = await api("/admin/cohorts", { token, body: newCohort(handle) })
    expect(again.status).toBe(422)
    expect(again.body.message).toContain(handle)
  })

  it("explains invalid input and stores nothing", async () => {
    const handle = unique("bad")
    const res = await api("/admin/cohorts", { token, body: { ...newCohort(handle), facility_type: "penjara" } })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/facility_type/)
    const list = await api(`/admin/cohorts?handle=${handle}`, { token })
    expect(list.status).toBe(200)
    expect(list.body.cohorts).toEqual([])
  })

  it("answers an unknown id with 404", async () => {
    const res = await api("/admin/cohorts/coh_missing", { token })
    expect(res.status).toBe(404)
  })
})
