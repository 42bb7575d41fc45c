import { describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { unique } from "../helpers/actors"
import { registerCustomer } from "../helpers/customers"

// The backend trusts one proxy hop, so X-Forwarded-For is the client's address:
// each test signs in from its own address and never locks out the other suites.
const from = (ip: string) => ({ "x-forwarded-for": ip })
const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`

const signIn = (actor: string, email: string, password: string, ip: string) =>
  api(`/auth/${actor}/emailpass`, { body: { email, password }, headers: from(ip) })

describe("sign-in throttling", () => {
  it("locks an account after 5 wrong passwords: 429 with Retry-After, the right password refused too, on every actor route", async () => {
    const shopper = await registerCustomer(`${unique("kunci")}@example.com`, "sandi-yang-benar")
    for (let i = 0; i < 5; i++) {
      // A different address each time: the account's own count is what locks it.
      expect((await signIn("customer", shopper.email, `salah-${i}`, randomIp())).status).toBe(401)
    }
    const locked = await signIn("customer", shopper.email, "sandi-yang-benar", randomIp())
    expect(locked.status).toBe(429)
    const retryAfter = Number(locked.headers.get("retry-after"))
    expect(retryAfter).toBeGreaterThan(14 * 60)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    expect(locked.body).toEqual(expect.objectContaining({ type: "too_many_requests", retry_after: retryAfter }))
    expect(locked.body.message).toMatch(/Terlalu banyak percobaan.*15 menit.*Too many failed attempts.*15 minutes/)
    // One email is one identity: switching the actor type (or the letter case) buys no new attempts.
    expect((await signIn("coordinator", shopper.email.toUpperCase(), "sandi-yang-benar", randomIp())).status).toBe(429)
    expect((await signIn("user", shopper.email, "sandi-yang-benar", randomIp())).status).toBe(429)
    // Registering again is no way around it either: Medusa's register route is closed to shoppers,
    // and the shop's registration only emails the account's owner.
    const register = await api("/auth/customer/emailpass/register", { body: { email: shopper.email, password: "sandi-yang-benar" }, headers: from(randomIp()) })
    expect(register.status).toBe(400)
    expect((await api("/store/registrations", { body: { email: shopper.email, first_name: "Penyusup" }, headers: from(randomIp()) })).status).toBe(202)
    expect((await signIn("customer", shopper.email, "sandi-yang-benar", randomIp())).status).toBe(429)
  })

  it("clears an account's count when its owner signs in before the limit", async () => {
    const shopper = await registerCustomer(`${unique("pulih")}@example.com`, "sandi-yang-benar")
    const ip = randomIp()
    for (let i = 0; i < 4; i++) expect((await signIn("customer", shopper.email, "salah", ip)).status).toBe(401)
    expect((await signIn("customer", shopper.email, "sandi-yang-benar", ip)).status).toBe(200)
    for (let i = 0; i < 4; i++) expect((await signIn("customer", shopper.email, "salah", ip)).status).toBe(401)
    expect((await signIn("customer", shopper.email, "sandi-yang-benar", ip)).status).toBe(200)
  })

  it("locks a client address after 20 refusals over many accounts, and only that address", async () => {
    const shopper = await registerCustomer(`${unique("alamat")}@example.com`, "sandi-yang-benar")
    const ip = randomIp()
    for (let i = 0; i < 20; i++) {
      expect((await signIn("customer", `${unique("tebak")}@example.com`, "tebakan", ip)).status).toBe(401)
    }
    const locked = await signIn("customer", shopper.email, "sandi-yang-benar", ip)
    expect(locked.status).toBe(429)
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0)
    // The same account from another address still signs in: the address was locked, not the account.
    expect((await signIn("customer", shopper.email, "sandi-yang-benar", randomIp())).status).toBe(200)
  })

  it("answers an unknown email and a known one's wrong password alike", async () => {
    const shopper = await registerCustomer(`${unique("sama")}@example.com`, "sandi-yang-benar")
    const known = await signIn("customer", shopper.email, "salah", randomIp())
    const unknown = await signIn("customer", `${unique("tidak-ada")}@example.com`, "salah", randomIp())
    expect(known.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual(known.body)
  })
})
