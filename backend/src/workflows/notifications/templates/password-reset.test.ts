import { describe, expect, it } from "vitest"
import { passwordResetUrl, renderPasswordReset } from "./password-reset"

describe("password reset", () => {
  it("links to the storefront's reset page with the token and email", () => {
    const url = passwordResetUrl("http://localhost:8000", "a.b.c", "budi+1@contoh.test")
    expect(url).toBe("http://localhost:8000/akun/atur-ulang-sandi?token=a.b.c&email=budi%2B1%40contoh.test")
    expect(renderPasswordReset(url).text).toContain(url)
  })
})

describe("password reset in English", () => {
  it("links the English reset page and speaks English", () => {
    const url = passwordResetUrl("http://localhost:8000", "a.b.c", "budi@contoh.test", "en")
    expect(url).toBe("http://localhost:8000/en/account/reset-password?token=a.b.c&email=budi%40contoh.test")
    const { subject, text } = renderPasswordReset(url, "en")
    expect(subject).toBe("Reset your password – Karya Binaan")
    expect(text).toContain(url)
    expect(text).not.toMatch(/kata sandi/i)
  })
})
