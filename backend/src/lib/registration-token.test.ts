import { describe, expect, it } from "vitest"
import { issueRegistrationToken, readRegistrationToken, REGISTRATION_TTL_SECONDS } from "./registration-token"

const details = { email: "sari@contoh.test", first_name: "Sari", phone: "+62811" }

describe("registration token", () => {
  it("gives back what was signed, until it expires", () => {
    const now = Date.UTC(2026, 11, 1)
    const token = issueRegistrationToken(details, "rahasia", now)
    expect(readRegistrationToken(token, "rahasia", now + 1000)).toEqual(details)
    expect(readRegistrationToken(token, "rahasia", now + REGISTRATION_TTL_SECONDS * 1000)).toBeNull()
  })

  it("refuses another secret, an altered payload and garbage", () => {
    const token = issueRegistrationToken(details, "rahasia")
    expect(readRegistrationToken(token, "lain")).toBeNull()
    const [payload, signature] = token.split(".")
    const altered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), email: "x@y.test" })).toString("base64url")
    expect(readRegistrationToken(`${altered}.${signature}`, "rahasia")).toBeNull()
    expect(readRegistrationToken("abc", "rahasia")).toBeNull()
  })
})
