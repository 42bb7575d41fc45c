import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { demoCoordinator } from "../helpers/coordinators"
import { registerCustomer } from "../helpers/customers"
import { demoOutlet, placeOutletOrder, type DemoOutlet } from "../helpers/outlets"
import { waitForEmails } from "../helpers/outbox"

const ROUTES = [
  ["GET", "/outlet/me"],
  ["GET", "/outlet/catalog"],
  ["GET", "/outlet/orders"],
  ["POST", "/outlet/orders"],
] as const

const call = (method: string, path: string, token?: string) =>
  api(path, { method, token, body: method === "POST" ? { items: [], po_number: "x", delivery: "pickup" } : undefined })

describe("/outlet/* answers only an outlet's own buyers", () => {
  let plaju: DemoOutlet
  let gerong: DemoOutlet

  beforeAll(async () => {
    ;[plaju, gerong] = await Promise.all([demoOutlet(0), demoOutlet(1)])
  })

  it("asks anonymous callers to log in (401) and turns shoppers away (403)", async () => {
    const shopper = (await registerCustomer(`${unique("pembeli")}@example.com`)).token
    const coordinator = (await demoCoordinator(0)).token
    for (const [method, path] of ROUTES) {
      expect((await call(method, path)).status, `${method} ${path} anonymous`).toBe(401)
      expect((await call(method, path, coordinator)).status, `${method} ${path} coordinator`).toBe(401)
      const refused = await call(method, path, shopper)
      expect(refused.status, `${method} ${path} shopper`).toBe(403)
      expect(refused.body.message).toBe("Akun ini bukan akun pembeli outlet mitra")
    }
  })

  it("shows each buyer their own outlet and hides the other outlet's orders (404)", async () => {
    const me = await api("/outlet/me", { token: gerong.token })
    expect(me.body.outlet).toMatchObject({ id: gerong.id, handle: gerong.handle })

    const placed = await placeOutletOrder(plaju, { "KB-PSG-SLG-200": 2, "KB-TMP-KRU-500": 1, "KB-TMW-TTS-MRH": 1 })
    expect(placed.status, JSON.stringify(placed.body)).toBe(201)
    const orderId = placed.body.order.id
    expect((await api(`/outlet/orders/${orderId}`, { token: plaju.token })).status).toBe(200)
    const other = await api(`/outlet/orders/${orderId}`, { token: gerong.token })
    expect(other.status).toBe(404)
    expect(other.body.message).toBe("Pesanan tidak ditemukan")
    const list = await api("/outlet/orders", { token: gerong.token })
    expect(list.body.orders.map((o: { id: string }) => o.id)).not.toContain(orderId)
  })

  it("invites a buyer by email: the link makes a customer in the outlet's group, once", async () => {
    const email = `${unique("pembeli-outlet")}@example.com`
    const operator = await operatorToken()
    const invited = await api(`/admin/outlets/${gerong.id}/invites`, { token: operator, body: { email, name: "Bu Sari" } })
    expect(invited.status, JSON.stringify(invited.body)).toBe(201)
    const [mail] = await waitForEmails(email, "outlet-invite")
    expect(mail?.text).toContain("Sentra Kuliner Binaan Pertamina Sungai Gerong")
    const token = decodeURIComponent(mail!.text.match(/https?:\/\/\S+\/outlet\/undangan\?token=(\S+)/)![1])

    const shown = await api(`/outlet-invites/${encodeURIComponent(token)}`)
    expect(shown.body.invite).toMatchObject({ email, outlet: { name: "Sentra Kuliner Binaan Pertamina Sungai Gerong" } })
    const accepted = await api("/outlet-invites/accept", { body: { token, first_name: "Sari", password: "sandi-outlet-1" } })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    const me = await api("/outlet/me", { token: accepted.body.token })
    expect(me.status).toBe(200)
    expect(me.body.outlet.id).toBe(gerong.id)
    const login = await api("/auth/customer/emailpass", { body: { email, password: "sandi-outlet-1" } })
    expect((await api("/outlet/catalog", { token: login.body.token })).status).toBe(200)

    const twice = await api("/outlet-invites/accept", { body: { token, first_name: "Sari", password: "sandi-outlet-1" } })
    expect(twice.status).toBe(404)
  })

  it("refuses an invitation for an email that already has an account, and keeps the link usable", async () => {
    const shopper = await registerCustomer(`${unique("sudah-ada")}@example.com`)
    const operator = await operatorToken()
    expect((await api(`/admin/outlets/${plaju.id}/invites`, { token: operator, body: { email: shopper.email } })).status).toBe(201)
    const [mail] = await waitForEmails(shopper.email, "outlet-invite")
    const token = decodeURIComponent(mail!.text.match(/token=(\S+)/)![1])
    const refused = await api("/outlet-invites/accept", { body: { token, first_name: "Budi", password: "sandi-outlet-2" } })
    expect(refused.status).toBe(422)
    expect(refused.body.message).toContain("sudah dipakai")
    expect((await api(`/outlet-invites/${encodeURIComponent(token)}`)).status).toBe(200)
    expect((await api("/outlet/me", { token: shopper.token })).status).toBe(403)
  })

  it("validates operators' outlet and invitation bodies", async () => {
    const operator = await operatorToken()
    expect((await api(`/admin/outlets/${plaju.id}/invites`, { token: operator, body: { email: "bukan-email" } })).status).toBe(400)
    expect((await api("/admin/outlets", { token: operator, body: { name: "X" } })).status).toBe(400)
    expect((await api("/admin/outlets/outl_tidak_ada/invites", { token: operator, body: { email: "a@example.com" } })).status).toBe(404)
  })
})
