import { describe, expect, it, vi } from "vitest"
import { evenOutUnknownAccount, hashDummyPassword } from "./even-timing"

const lookup = (found: boolean) => ({
  listProviderIdentities: vi.fn(async () => (found ? [{ id: "provid_1" }] : [])),
})

describe("evenOutUnknownAccount", () => {
  it("spends a password hash on an email without an account", async () => {
    const auth = lookup(false)
    const hash = vi.fn(async () => {})
    await expect(evenOutUnknownAccount(auth as never, { email: "nobody@example.com", password: "wrong" }, hash)).resolves.toBe(true)
    expect(hash).toHaveBeenCalledWith("wrong")
    expect(auth.listProviderIdentities).toHaveBeenCalledWith({ entity_id: "nobody@example.com", provider: "emailpass" }, expect.anything())
  })

  it("leaves a known account to Medusa, whose password check takes the time", async () => {
    const hash = vi.fn(async () => {})
    await expect(evenOutUnknownAccount(lookup(true) as never, { email: "known@example.com", password: "wrong" }, hash)).resolves.toBe(false)
    expect(hash).not.toHaveBeenCalled()
  })

  it("does nothing for a body Medusa refuses anyway", async () => {
    const hash = vi.fn(async () => {})
    await expect(evenOutUnknownAccount(lookup(false) as never, { email: 42 }, hash)).resolves.toBe(false)
    expect(hash).not.toHaveBeenCalled()
  })
})
