import { beforeAll, describe, expect, it } from "vitest"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { COHORTS } from "../../../backend/src/scripts/seed-data/cohorts"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { checkoutCart, completeCart, PALEMBANG_ADDRESS } from "../helpers/checkout"
import { coordinatorOf, type DemoCoordinator } from "../helpers/coordinators"
import { placeOrder, registerCustomer, variantOf, type TestCustomer } from "../helpers/customers"
import { demoOutlet, placeOutletOrder, type DemoOutlet } from "../helpers/outlets"

const HEADER = "x-order-access-token"
// Products nobody else's suite buys: one of the women's banana-chip cohort, one of the Bapas tempe cohort.
const PISANG = 3
const TEMPE = 10

const note = (orderId: string, body: Record<string, unknown>, auth: { token?: string; access?: string } = {}) =>
  api(`/store/orders/${orderId}/notes`, { body, token: auth.token, headers: auth.access ? { [HEADER]: auth.access } : {} })

describe("thank-you notes to the makers", () => {
  let buyer: TestCustomer
  let stranger: TestCustomer
  let buyersOrder: string
  let guest: { id: string; token: string }
  let pisang: DemoCoordinator
  let tempe: DemoCoordinator
  let noteId: string

  beforeAll(async () => {
    const [pisangVariant, tempeVariant] = await Promise.all([variantOf(PISANG), variantOf(TEMPE)])
    ;[buyer, stranger, pisang, tempe] = await Promise.all([
      registerCustomer(`${unique("rina")}@pembeli.test`, "kata-sandi-uji", "Rina"),
      registerCustomer(`${unique("orang-lain")}@pembeli.test`),
      coordinatorOf(PRODUCTS[PISANG].cohort),
      coordinatorOf(PRODUCTS[TEMPE].cohort),
    ])
    buyersOrder = (await placeOrder(buyer.email, pisangVariant, buyer.token)).id
    // A guest's order of both cohorts, opened with the token its browser got.
    const cartId = await checkoutCart(`${unique("tamu")}@pembeli.test`, [
      { variantId: pisangVariant, quantity: 1 },
      { variantId: tempeVariant, quantity: 1 },
    ])
    const done = await completeCart(cartId)
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
    guest = { id: done.body.order.id, token: done.body.order_access.token }
  })

  it.each([
    ["phone", "Terima kasih! WA saya 0812-3456-7890 ya", "note_phone"],
    ["phone with +62", "Mantap, hubungi +62 812 3456 7890", "note_phone"],
    ["link", "Enak sekali, lihat tokorina.com juga", "note_link"],
    ["email", "Kabari saya di rina@contoh.co.id", "note_link"],
    ["address", "Kirim lagi ke Jl. Merdeka No. 5, RT 03/RW 02", "note_address"],
  ])("refuses a note with a %s (400, saying what to remove)", async (_kind, message, code) => {
    const res = await note(buyersOrder, { message }, { token: buyer.token })
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(res.body.problems).toContainEqual({ code })
    expect(res.body.message).toMatch(/hapus bagian itu/)
  })

  it("refuses a first name that is a phone number", async () => {
    const res = await note(buyersOrder, { first_name: "0812 3456 7890", message: "Terima kasih" }, { token: buyer.token })
    expect(res.status).toBe(400)
    expect(res.body.problems).toContainEqual({ code: "note_phone" })
  })

  it("answers anyone but the order's buyer with the 404 of an unknown order", async () => {
    const body = { message: "Terima kasih" }
    for (const [who, res] of [
      ["anonymous", await note(buyersOrder, body)],
      ["another customer", await note(buyersOrder, body, { token: stranger.token })],
      ["another customer on a guest order", await note(guest.id, body, { token: stranger.token })],
      ["a token of another order", await note(buyersOrder, body, { access: guest.token })],
    ] as const) {
      expect(res.status, who).toBe(404)
      expect(JSON.stringify(res.body), who).not.toContain("@")
    }
  })

  it("names the order's cohorts in the asked language for the thank-you form", async () => {
    const read = (locale?: string) => api(`/store/orders/${guest.id}/notes${locale ? `?locale=${locale}` : ""}`, { headers: { [HEADER]: guest.token } })
    const [indonesian, english] = await Promise.all([read(), read("en-US")])
    expect(english.status, JSON.stringify(english.body)).toBe(200)
    for (const coordinator of [pisang, tempe]) {
      const cohort = COHORTS.find((c) => c.handle === coordinator.cohortHandle)!
      expect(indonesian.body.cohorts.find((c: { id: string }) => c.id === coordinator.cohortId).name).toBe(cohort.name)
      expect(english.body.cohorts.find((c: { id: string }) => c.id === coordinator.cohortId).name).toBe(cohort.en.name)
    }
  })

  it("asks a guest whose order spans two cohorts which one, then takes the note with the order's token", async () => {
    const unnamed = await note(guest.id, { message: "Terima kasih semuanya" }, { access: guest.token })
    expect(unnamed.status).toBe(400)
    expect(unnamed.body.problems[0]).toMatchObject({ code: "note_cohort_required", cohorts: expect.arrayContaining([pisang.cohortId, tempe.cohortId]) })
    const foreign = await note(guest.id, { message: "Terima kasih", cohort_id: "coh_BUKANKOHORTINI" }, { access: guest.token })
    expect(foreign.status).toBe(400)
    expect(foreign.body.problems[0].code).toBe("note_cohort_not_in_order")
    const sent = await note(guest.id, { message: "Tempenya gurih, terima kasih!", cohort_id: tempe.cohortId }, { access: guest.token })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    expect(sent.body.note).toMatchObject({ cohort_id: tempe.cohortId, status: "pending", first_name: null })
  })

  it("takes one note per order and cohort: a second is a 409 that says so", async () => {
    const first = await note(buyersOrder, { first_name: "Rina", message: "Keripiknya renyah, anak saya suka sekali. Semangat!" }, { token: buyer.token })
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body.note).toMatchObject({ cohort_id: pisang.cohortId, status: "pending", first_name: "Rina" })
    noteId = first.body.note.id
    const second = await note(buyersOrder, { message: "Sekali lagi terima kasih" }, { token: buyer.token })
    expect(second.status).toBe(409)
    expect(second.body.message).toMatch(/sudah mengirim ucapan/)
    expect(second.body.problems).toEqual([{ code: "note_exists" }])
  })

  it("shows the note to its cohort's coordinator only, without the buyer's contact", async () => {
    const own = await api("/coordinator/notes?status=pending", { token: pisang.token })
    expect(own.status).toBe(200)
    const row = own.body.notes.find((n: { id: string }) => n.id === noteId)
    expect(row).toEqual({
      id: noteId,
      cohort_id: pisang.cohortId,
      author_kind: "customer",
      first_name: "Rina",
      message: expect.stringContaining("Keripiknya renyah"),
      status: "pending",
      created_at: expect.any(String),
      moderated_at: null,
    })
    const text = JSON.stringify(own.body)
    for (const secret of [buyer.email, "@", PALEMBANG_ADDRESS.phone, PALEMBANG_ADDRESS.address_1, PALEMBANG_ADDRESS.last_name, buyersOrder]) {
      expect(text).not.toContain(secret)
    }

    const other = await api("/coordinator/notes", { token: tempe.token })
    expect(other.status).toBe(200)
    expect(other.body.notes.map((n: { id: string }) => n.id)).not.toContain(noteId)
    expect(other.body.notes.every((n: { cohort_id: string }) => n.cohort_id === tempe.cohortId)).toBe(true)
    expect((await api(`/coordinator/notes?cohort_id=${pisang.cohortId}`, { token: tempe.token })).status).toBe(404)
    const steal = await api(`/coordinator/notes/${noteId}`, { token: tempe.token, body: { action: "approve" } })
    expect(steal.status).toBe(404)
    expect((await api(`/coordinator/notes/${noteId}`, { body: { action: "approve" } })).status).toBe(401)
    expect((await api(`/coordinator/notes/${noteId}`, { token: pisang.token, body: { action: "publish" } })).status).toBe(400)
  })

  it("shows an approved note on the cohort's public page with the first name only, and hides it again when rejected", async () => {
    const path = `/store/cohorts/${pisang.cohortHandle}/notes`
    expect((await api(path)).body.notes.map((n: { id: string }) => n.id)).not.toContain(noteId)
    const approvedCount = async () => {
      const res = await api(`/coordinator/impact/figures?cohort_id=${pisang.cohortId}`, { token: pisang.token })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      return res.body.figures.headline.notes_approved as number
    }
    const before = await approvedCount()
    const approved = await api(`/coordinator/notes/${noteId}`, { token: pisang.token, body: { action: "approve" } })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body.note).toMatchObject({ id: noteId, status: "approved", moderated_at: expect.any(String) })
    // The dashboard counts it among the cohort's approved notes of the period.
    expect(await approvedCount()).toBe(before + 1)

    const shown = await api(path)
    expect(shown.status).toBe(200)
    const row = shown.body.notes.find((n: { id: string }) => n.id === noteId)
    expect(row).toEqual({ id: noteId, first_name: "Rina", message: expect.stringContaining("Keripiknya renyah"), approved_at: expect.any(String) })
    expect(JSON.stringify(shown.body)).not.toContain("@")

    // The tempe cohort's page does not carry it.
    expect((await api(`/store/cohorts/${tempe.cohortHandle}/notes`)).body.notes.map((n: { id: string }) => n.id)).not.toContain(noteId)
    expect((await api(`/store/cohorts/tidak-ada/notes`)).status).toBe(404)

    expect((await api(`/coordinator/notes/${noteId}`, { token: pisang.token, body: { action: "reject" } })).status).toBe(200)
    expect((await api(path)).body.notes.map((n: { id: string }) => n.id)).not.toContain(noteId)
    expect(await approvedCount()).toBe(before)
  })

  describe("from a partner outlet", () => {
    let plaju: DemoOutlet
    let other: DemoOutlet
    let orderId: string

    beforeAll(async () => {
      ;[plaju, other] = await Promise.all([demoOutlet(0), demoOutlet(1)])
      const placed = await placeOutletOrder(plaju, { "KB-PSG-SLG-200": 2, "KB-TMP-KRU-500": 1, "KB-TMW-TTS-MRH": 1 })
      expect(placed.status, JSON.stringify(placed.body)).toBe(201)
      orderId = placed.body.order.id
    })

    it("thanks a cohort of its own order; another outlet gets 404, the store route too", async () => {
      const body = { message: "Pelanggan kami suka, terima kasih!", cohort_id: tempe.cohortId }
      expect((await api(`/outlet/orders/${orderId}/notes`, { token: other.token, body })).status).toBe(404)
      expect((await note(orderId, body, { token: other.token })).status).toBe(404)
      const refused = await api(`/outlet/orders/${orderId}/notes`, { token: plaju.token, body: { ...body, message: "Pesan lagi lewat 0711-512345 ya" } })
      expect(refused.status).toBe(400)
      const sent = await api(`/outlet/orders/${orderId}/notes`, { token: plaju.token, body })
      expect(sent.status, JSON.stringify(sent.body)).toBe(201)
      const queue = await api("/coordinator/notes?status=pending", { token: tempe.token })
      expect(queue.body.notes.find((n: { id: string }) => n.id === sent.body.note.id)).toMatchObject({ author_kind: "outlet", first_name: null })
      // The cohorts it can thank, named in the asked language (Indonesian is the data's own).
      const english = await api(`/outlet/orders/${orderId}/notes?locale=en-US`, { token: plaju.token })
      expect(english.status).toBe(200)
      const tempeCohort = COHORTS.find((c) => c.handle === tempe.cohortHandle)!
      expect(english.body.cohorts.find((c: { id: string }) => c.id === tempe.cohortId).name).toBe(tempeCohort.en.name)
      const indonesian = await api(`/outlet/orders/${orderId}/notes`, { token: plaju.token })
      expect(indonesian.body.cohorts.find((c: { id: string }) => c.id === tempe.cohortId).name).toBe(tempeCohort.name)
      expect((await api(`/outlet/orders/${orderId}/notes?locale=fr-FR`, { token: plaju.token })).status).toBe(400)
    })
  })
})
