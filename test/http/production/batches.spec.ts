import { beforeAll, describe, expect, it } from "vitest"
import { EXPIRING_SOON_SKU } from "../../../backend/src/scripts/seed-data/production"
import { DAY_MS, jakartaDay } from "../../../backend/src/lib/jakarta-time"
import { api } from "../helpers/api"
import { seededVariant, stockLevel, type StockedVariant } from "../helpers/checkout"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { dateIn, foodBatch, participantsOf, recordBatch } from "../helpers/production"

describe("production batches", () => {
  let a: DemoCoordinator
  let b: DemoCoordinator
  let variant: StockedVariant

  beforeAll(async () => {
    ;[a, b] = await Promise.all([demoCoordinator(0), demoCoordinator(1)])
    // Keripik pisang balado 200 g, made by cohort A.
    variant = await seededVariant(1)
  })

  it("recording a batch adds its quantity to the cohort's stock and lists it with who made it", async () => {
    const before = await stockLevel(variant)
    const [first, second] = await participantsOf(a)
    const body = {
      ...(await foodBatch(a, variant.variantId, 12, 90)),
      contributions: [
        { participant_id: first.id, units: 7 },
        { participant_id: second.id, hours: 3.5 },
      ],
    }
    const res = await recordBatch(a, body)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.batch).toMatchObject({ batch_code: body.batch_code, quantity: 12, remaining_quantity: 12, expiring_soon: false })
    expect(res.body.batch.contributions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ participant_code: first.code, units: 7 }),
        expect.objectContaining({ participant_code: second.code, hours: 3.5 }),
      ])
    )

    const after = await stockLevel(variant)
    expect(after.stocked - after.reserved).toBe(before.stocked - before.reserved + 12)

    const list = await api(`/coordinator/batches?cohort_id=${a.cohortId}&limit=200`, { token: a.token })
    expect(list.status).toBe(200)
    expect(list.body.batches.find((x: { id: string }) => x.id === res.body.batch.id)).toMatchObject({ remaining_quantity: 12 })
  })

  it("refuses food without an expiry date, or already expired, and stocks nothing", async () => {
    const before = await stockLevel(variant)
    const body = await foodBatch(a, variant.variantId, 5, 90)
    const missing = await recordBatch(a, { ...body, expiry_date: undefined })
    expect(missing.status).toBe(400)
    expect(missing.body.message).toMatch(/kedaluwarsa wajib/)
    const expired = await recordBatch(a, { ...body, production_date: dateIn(-30), expiry_date: dateIn(-1) })
    expect(expired.status).toBe(400)
    expect(expired.body.message).toMatch(/kedaluwarsa/)
    expect(await stockLevel(variant)).toEqual(before)
  })

  it("takes today's batch on Palembang's calendar (all day, also 00:00-07:00 WIB when UTC is a day behind) and refuses tomorrow", async () => {
    const today = jakartaDay(new Date())
    const tomorrow = jakartaDay(new Date(Date.now() + DAY_MS))
    const body = await foodBatch(a, variant.variantId, 3, 90)
    const made = await recordBatch(a, { ...body, production_date: today })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const before = await stockLevel(variant)
    const future = await recordBatch(a, { ...(await foodBatch(a, variant.variantId, 3, 90)), production_date: tomorrow })
    expect(future.status).toBe(400)
    expect(future.body.message).toMatch(/Tanggal produksi tidak boleh di masa depan/)
    expect(await stockLevel(variant)).toEqual(before)
  })

  it("answers bad input with a message a person can act on", async () => {
    const body = await foodBatch(a, variant.variantId, 5, 90)
    const negative = await recordBatch(a, { ...body, quantity: -3 })
    expect(negative.status).toBe(400)
    expect(negative.body.message).toMatch(/Jumlah harus bilangan bulat lebih dari 0/)
    const badDate = await recordBatch(a, { ...body, production_date: "kemarin" })
    expect(badDate.status).toBe(400)
    expect(badDate.body.message).toMatch(/tanggal produksi tidak valid/)
    const nobody = await recordBatch(a, { ...body, contributions: [] })
    expect(nobody.status).toBe(400)
    expect(nobody.body.message).toMatch(/minimal satu peserta/)
  })

  it("keeps cohorts apart: another cohort's variant is not found, another cohort's participant is refused", async () => {
    const foreignVariant = await recordBatch(b, { ...(await foodBatch(b, variant.variantId, 5, 90)) })
    expect(foreignVariant.status).toBe(404)
    const [outsider] = await participantsOf(b)
    const foreignMaker = await recordBatch(a, {
      ...(await foodBatch(a, variant.variantId, 5, 90)),
      contributions: [{ participant_id: outsider.id, units: 5 }],
    })
    expect(foreignMaker.status).toBe(400)
    expect(foreignMaker.body.message).toMatch(/bukan anggota kohort/)
  })

  it("seeded stock comes from batches that add up to it, with a warning for food expiring within 30 days", async () => {
    const res = await api(`/coordinator/batches?cohort_id=${a.cohortId}&limit=200`, { token: a.token })
    expect(res.status).toBe(200)
    const seeded = res.body.batches.filter((x: { sku: string }) => x.sku === "KB-PSG-KRP-ORI-500")
    expect(seeded.length).toBeGreaterThan(0)
    // 60 units of keripik pisang original 500 g in the seed.
    expect(seeded.reduce((sum: number, x: { quantity: number }) => sum + x.quantity, 0)).toBe(60)
    expect(seeded.every((x: { expiry_date: string | null }) => x.expiry_date !== null)).toBe(true)
    const soon = res.body.batches.filter((x: { sku: string; expiring_soon: boolean }) => x.sku === EXPIRING_SOON_SKU && x.expiring_soon)
    expect(soon).toHaveLength(1)
    expect(seeded.some((x: { expiring_soon: boolean }) => x.expiring_soon)).toBe(false)
  })
})

describe("participants", () => {
  let a: DemoCoordinator
  let b: DemoCoordinator

  beforeAll(async () => {
    ;[a, b] = await Promise.all([demoCoordinator(0), demoCoordinator(1)])
  })

  it("get a system-made code, and their coordinator can name or deactivate them", async () => {
    const created = await api("/coordinator/participants", { token: a.token, body: { cohort_id: a.cohortId } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.participant.code).toMatch(/^KB-[A-Z]{3}-\d{4}$/)
    expect(created.body.participant).toMatchObject({ display_name: null, active: true, cohort_id: a.cohortId })
    const codes = (await participantsOf(a)).map((p) => p.code)
    expect(new Set(codes).size).toBe(codes.length)

    const id = created.body.participant.id
    const updated = await api(`/coordinator/participants/${id}`, { token: a.token, body: { display_name: "Uji (nama fiktif)", active: false } })
    expect(updated.status).toBe(200)
    expect(updated.body.participant).toMatchObject({ id, display_name: "Uji (nama fiktif)", active: false })

    const empty = await api(`/coordinator/participants/${id}`, { token: a.token, body: {} })
    expect(empty.status).toBe(400)
    expect(empty.body.message).toMatch(/Tidak ada yang diubah/)
    const foreign = await api(`/coordinator/participants/${id}`, { token: b.token, body: { active: true } })
    expect(foreign.status).toBe(404)
    expect((await participantsOf(a)).find((p) => p.id === id)?.active).toBe(false)
  })

  it("seeded cohorts each have 5 to 8 participants", async () => {
    for (const c of [a, b]) {
      const list = await participantsOf(c)
      expect(list.length).toBeGreaterThanOrEqual(5)
      expect(list.length).toBeLessThanOrEqual(9)
    }
  })
})
