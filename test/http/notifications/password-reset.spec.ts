import { describe, expect, it } from "vitest"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { registerCustomer } from "../helpers/customers"
import { waitForEmails } from "../helpers/outbox"

const login = (email: string, password: string) => api("/auth/customer/emailpass", { body: { email, password } })

describe("password reset by emailed token", () => {
  it("emails a storefront link whose token sets a new password, once", async () => {
    const email = `${unique("lupa")}@pembeli.test`
    await registerCustomer(email, "sandi-lama-123", "Sari")

    const requested = await api("/auth/customer/emailpass/reset-password", { body: { identifier: email } })
    expect(requested.status).toBe(201)

    const [mail] = await waitForEmails(email, "password-reset")
    expect(mail, "no password-reset email in the outbox").toBeDefined()
    expect(mail.subject).toMatch(/Atur ulang kata sandi/)
    const link = mail.text.match(/https?:\/\/\S+\/akun\/atur-ulang-sandi\?\S+/)?.[0]
    expect(link, mail.text).toBeDefined()
    const url = new URL(link!)
    expect(url.searchParams.get("email")).toBe(email)
    const token = url.searchParams.get("token")!

    // What the storefront's reset page does with the link.
    const updated = await api("/auth/customer/emailpass/update", { token, body: { email, password: "sandi-baru-456" } })
    expect(updated.status).toBe(200)

    expect((await login(email, "sandi-baru-456")).status).toBe(200)
    expect((await login(email, "sandi-lama-123")).status).toBe(401)
    // The token works once.
    const again = await api("/auth/customer/emailpass/update", { token, body: { email, password: "sandi-ketiga-789" } })
    expect(again.status).toBe(401)
  })

  it("sends nothing for an email without an account, and still answers 201", async () => {
    const email = `${unique("tak-ada")}@pembeli.test`
    const requested = await api("/auth/customer/emailpass/reset-password", { body: { identifier: email } })
    expect(requested.status).toBe(201)
    await new Promise((r) => setTimeout(r, 2_000))
    expect(await waitForEmails(email, "password-reset", 1, 500)).toEqual([])
  })
})
