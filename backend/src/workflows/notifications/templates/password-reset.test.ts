import { describe, expect, it } from "vitest"
import { passwordResetUrl, renderPasswordReset } from "./password-reset"

describe("password reset", () => {
  it("links to the storefront's reset page with the token and email", () => {
    const url = passwordResetUrl("http://localhost:8000", "a.b.c", "budi+1@contoh.test")
    expect(url).toBe("http://localhost:8000/akun/atur-ulang-sandi?token=a.b.c&email=budi%2B1%40contoh.test")
    expect(renderPasswordReset(url).text).toContain(url)
  })
})
