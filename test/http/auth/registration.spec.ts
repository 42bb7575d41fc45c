import { describe, expect, it } from "vitest"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { registerCustomer } from "../helpers/customers"
import { emailsTo, waitForEmails } from "../helpers/outbox"

const login = (email: string, password: string) => api("/auth/customer/emailpass", { body: { email, password } })
const linkIn = (text: string) => new URL(text.match(/https?:\/\/\S+/)![0])

describe("registering answers the same for known and unknown addresses (issue 14 item 1)", () => {
  it("gives a known address the same answer, and emails it that someone tried, with login and reset links", async () => {
    const known = await registerCustomer(`${unique("ada")}@pembeli.test`)
    const unknownEmail = `${unique("baru")}@pembeli.test`
    const forKnown = await api("/store/registrations", { body: { email: known.email, first_name: "Penyusup" } })
    const forUnknown = await api("/store/registrations", { body: { email: unknownEmail, first_name: "Baru" } })
    expect(forKnown.status).toBe(202)
    expect(forUnknown.status).toBe(202)
    expect(forKnown.body).toEqual(forUnknown.body)

    const [tried] = await waitForEmails(known.email, "registration-exists")
    expect(tried?.subject).toBe("Ada yang mencoba mendaftar dengan email Anda – Karya Binaan")
    expect(tried.text).toMatch(/\/akun\/masuk\b/)
    expect(tried.text).toMatch(/\/akun\/lupa-sandi\b/)
    expect(await emailsTo(known.email, "registration-confirm")).toEqual([])
    // The existing account is untouched: its own password still works.
    expect((await login(known.email, known.password)).status).toBe(200)
  })

  it("creates nothing for a new address until the emailed link is used, then the chosen password logs in", async () => {
    const email = `${unique("daftar")}@pembeli.test`
    expect((await api("/store/registrations", { body: { email, first_name: "Sari", last_name: "Uji", phone: "+6281234567", locale: "en" } })).status).toBe(202)
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
    expect((await api("/store/registrations", { body: { email, first_name: "Sari" } })).status).toBe(202)
    expect(await waitForEmails(email, "registration-exists")).toHaveLength(1)
  })

  it("refuses a request without a usable email or name, naming the field", async () => {
    const res = await api("/store/registrations", { body: { email: "bukan-email", first_name: "" } })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/email/i)
  })
})
