import { describe, expect, it } from "vitest"
import { registrationEmail } from "./registration-token"

const token = (payload: unknown) => `${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${"a".repeat(43)}`

describe("registrationEmail", () => {
  it("reads the email a registration link is for", () => {
    expect(registrationEmail(token({ email: "sari@contoh.id", exp: 1 }))).toBe("sari@contoh.id")
  })
  it("is null for anything else", () => {
    expect(registrationEmail("abc")).toBeNull()
    expect(registrationEmail(token({ name: "x" }))).toBeNull()
    expect(registrationEmail(`!!.${"a".repeat(43)}`)).toBeNull()
  })
})
