import { describe, expect, it } from "vitest"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { fromClient, registerCustomer } from "../helpers/customers"
import { emailsTo, waitForEmails } from "../helpers/outbox"

const login = (email: string, password: string) => api("/auth/customer/emailpass", { body: { email, password } })
const linkIn = (text: string) => new URL(text.match(/https?:\/\/\S+/)![0])

describe("registering answers the same for known and unknown addresses (issue 14 item 1)", () => {
  it("gives a known address the same answer, and emails it that someone tried, with login and reset links", async () => {
    const known = await registerCustomer(`${unique("ada")}@pembeli.test`)
    // The helper registered it through the emailed link: that one confirmation email is its own.
    const confirmations = await emailsTo(known.email, "registration-confirm")
    expect(confirmations).toHaveLength(1)
    const unknownEmail = `${unique("baru")}@pembeli.test`
    const forKnown = await api("/store/registrations", { body: { email: known.email, first_name: "Penyusup" }, headers: fromClient() })
    const forUnknown = await api("/store/registrations", { body: { email: unknownEmail, first_name: "Baru" }, headers: fromClient() })
    expect(forKnown.status).toBe(202)
    expect(forUnknown.status).toBe(202)
    expect(forKnown.body).toEqual(forUnknown.body)

    const [tried] = await waitForEmails(known.email, "registration-exists")
    expect(tried?.subject).toBe("Ada yang mencoba mendaftar dengan email Anda – Karya Binaan")
    expect(tried.text).toMatch(/\/akun\/masuk\b/)
    expect(tried.text).toMatch(/\/akun\/lupa-sandi\b/)
    expect(await emailsTo(known.email, "registration-confirm")).toEqual(confirmations)
    // The existing account is untouched: its own password still works.
    expect((await login(known.email, known.password)).status).toBe(200)
  })

  it("creates nothing for a new address until the emailed link is used, then the chosen password logs in", async () => {
    const email = `${unique("daftar")}@pembeli.test`
    expect((await api("/store/registrations", { body: { email, first_name: "Sari", last_name: "Uji", phone: "+6281234567", locale: "en" }, headers: fromClient() })).status).toBe(202)
    const [mail] = await waitForEmails(email, "registration-confirm")
    expect(mail?.subject).toBe("Confirm your email for a Karya Binaan account")
    const link = linkIn(mail.text)
    expect(link.pathname).toBe("/en/account/register/confirm")
    const token = link.searchParams.get("token")!
    expect(await emailsTo(email, "registration-exists")).toEqual([])

    // No identity yet: nobody can log in or take the address before the mailbox's owner opens the link.
    expect((await login(email, "sandi-pilihan-123")).status).toBe(401)
    const [payload, signature] = token.split(".")
    const forged = await api("/store/registrations/confirm", { body: { token: `${payload}x.${signature}`, password: "sandi-pilihan-123" } })
    expect(forged.status).toBe(400)
    const short = await api("/store/registrations/confirm", { body: { token, password: "pendek" } })
    expect(short.status).toBe(400)

    const confirmed = await api("/store/registrations/confirm", { body: { token, password: "sandi-pilihan-123" } })
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(201)
    const session = await login(email, "sandi-pilihan-123")
    expect(session.status).toBe(200)
    const me = await api("/store/customers/me", { token: session.body.token })
    expect(me.body.customer).toMatchObject({ email, first_name: "Sari", last_name: "Uji", phone: "+6281234567", has_account: true })

    // The link works once; a second registration request now gets the "someone tried" email.
    const again = await api("/store/registrations/confirm", { body: { token, password: "sandi-lain-456" } })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    expect((await login(email, "sandi-lain-456")).status).toBe(401)
    expect((await api("/store/registrations", { body: { email, first_name: "Sari" }, headers: fromClient() })).status).toBe(202)
    expect(await waitForEmails(email, "registration-exists")).toHaveLength(1)
  })

  it("refuses a request without a usable email or name, naming the field", async () => {
    const res = await api("/store/registrations", { body: { email: "bukan-email", first_name: "" } })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/email/i)
  })

  it("keeps Medusa's own register route closed to shoppers, with one answer for every address (no account enumeration)", async () => {
    const known = await registerCustomer(`${unique("tertutup")}@pembeli.test`)
    const register = (email: string) => api("/auth/customer/emailpass/register", { body: { email, password: "sandi-penyusup" }, headers: fromClient() })
    const forKnown = await register(known.email)
    const forUnknown = await register(`${unique("tak-dikenal")}@pembeli.test`)
    expect(forKnown.status).toBe(400)
    expect(forUnknown.status).toBe(400)
    expect(forKnown.body).toEqual(forUnknown.body)
    expect(forKnown.body.message).toMatch(/\/store\/registrations/)
    expect(JSON.stringify(forKnown.body)).not.toMatch(/already exists|sudah/i)
    // Nothing was made, and the known account keeps its password.
    expect((await login(known.email, "sandi-penyusup")).status).toBe(401)
    expect((await login(known.email, known.password)).status).toBe(200)
    // The operator's actor keeps the route: accepting an Admin invitation registers through it.
    const operator = await api("/auth/user/emailpass/register", { body: { email: `${unique("operator-baru")}@karyabinaan.test`, password: "sandi-operator" } })
    expect(operator.status).toBe(200)
    expect(typeof operator.body.token).toBe("string")
  })

  it("limits registration requests: 3 an hour for one address, 10 from one client, then 429 with Retry-After and a message", async () => {
    const email = `${unique("banjir")}@pembeli.test`
    for (let i = 0; i < 3; i++) {
      // A different client each time: the address's own count is what stops the fourth.
      expect((await api("/store/registrations", { body: { email: email.toUpperCase(), first_name: "Banjir" }, headers: fromClient() })).status).toBe(202)
    }
    const stopped = await api("/store/registrations", { body: { email, first_name: "Banjir" }, headers: fromClient() })
    expect(stopped.status).toBe(429)
    const retryAfter = Number(stopped.headers.get("retry-after"))
    expect(retryAfter).toBeGreaterThan(59 * 60)
    expect(retryAfter).toBeLessThanOrEqual(60 * 60)
    expect(stopped.body).toEqual(expect.objectContaining({ type: "too_many_requests", retry_after: retryAfter }))
    expect(stopped.body.message).toMatch(/Terlalu banyak permintaan pendaftaran.*60 menit.*Too many registration requests.*60 minutes/)
    // Only three emails went to that mailbox.
    expect(await waitForEmails(email, "registration-confirm", 3)).toHaveLength(3)
    await new Promise((r) => setTimeout(r, 1000))
    expect(await emailsTo(email, "registration-confirm")).toHaveLength(3)

    const client = fromClient()
    for (let i = 0; i < 10; i++) {
      expect((await api("/store/registrations", { body: { email: `${unique("klien")}@pembeli.test`, first_name: "Klien" }, headers: client })).status).toBe(202)
    }
    const blocked = await api("/store/registrations", { body: { email: `${unique("klien")}@pembeli.test`, first_name: "Klien" }, headers: client })
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0)
    // Another client is not held up, and a refused body is refused for what it is, never counted.
    expect((await api("/store/registrations", { body: { email: `${unique("lain")}@pembeli.test`, first_name: "Lain" }, headers: fromClient() })).status).toBe(202)
    expect((await api("/store/registrations", { body: { email: "bukan-email", first_name: "Klien" }, headers: client })).status).toBe(400)
  })
})
