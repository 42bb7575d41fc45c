import { describe, expect, it } from "vitest"
import { loginSchema, parseForm } from "./account"
import { acceptInvitationSchema } from "./portal-auth"

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

describe("portal login and invitation forms", () => {
  const invite = { token: "tok", name: "Bu Rina", password: "rahasia-kuat", password_confirm: "rahasia-kuat" }
  const fields = ["token", "name", "password", "password_confirm"] as const
  it("accepts a name and the same password twice", () => {
    expect(parseForm(acceptInvitationSchema, form(invite), fields)).toEqual({ ok: true, data: invite })
  })
  it("refuses a short or mismatched password and never echoes passwords back", () => {
    const parsed = parseForm(acceptInvitationSchema, form({ ...invite, password: "pendek", password_confirm: "lain" }), fields)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors.password).toBe("passwordShort")
    expect(Object.keys(parsed.values)).toEqual(["token", "name"])
    const mismatch = parseForm(acceptInvitationSchema, form({ ...invite, password_confirm: "rahasia-lain" }), fields)
    expect(!mismatch.ok && mismatch.errors.password_confirm).toBe("passwordMismatch")
  })
  it("takes a login's email in lower case and asks for both fields", () => {
    const login = ["email", "password"] as const
    expect(parseForm(loginSchema, form({ email: " Pembeli@Contoh.TEST ", password: "x" }), login)).toEqual({
      ok: true,
      data: { email: "pembeli@contoh.test", password: "x" },
    })
    const empty = parseForm(loginSchema, form({ email: "", password: "" }), login)
    expect(empty).toEqual({ ok: false, errors: { email: "required", password: "required" }, values: { email: "" } })
  })
})
