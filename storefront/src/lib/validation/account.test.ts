import { describe, expect, it } from "vitest"
import { confirmRegistrationSchema, loginSchema, orderLookupSchema, parseForm, PASSWORD_MIN, profileSchema, registerSchema, resetPasswordSchema } from "./account"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

const REGISTER_FIELDS = ["first_name", "last_name", "email", "phone"] as const
const registration = { first_name: "Sari", last_name: "", email: " Sari@Contoh.ID ", phone: "" }

describe("registerSchema", () => {
  it("accepts a name and an email (normalised); the phone is optional; the password comes with the emailed link", () => {
    expect(parseForm(registerSchema, form(registration), REGISTER_FIELDS)).toEqual({
      ok: true,
      data: { first_name: "Sari", last_name: "", email: "sari@contoh.id", phone: "" },
    })
  })

  it("normalises a given phone number like the address book does", () => {
    const result = parseForm(registerSchema, form({ ...registration, phone: "0812-3456 7890" }), REGISTER_FIELDS)
    expect(result).toEqual(expect.objectContaining({ ok: true, data: expect.objectContaining({ phone: "081234567890" }) }))
  })

  it("names each wrong field", () => {
    const result = parseForm(registerSchema, form({ first_name: " ", last_name: "", email: "sari@", phone: "12345" }), REGISTER_FIELDS)
    expect(result).toEqual({
      ok: false,
      errors: { first_name: "required", email: "email", phone: "phone" },
      values: { first_name: " ", last_name: "", email: "sari@", phone: "12345" },
    })
  })
})

describe("confirmRegistrationSchema", () => {
  it(`refuses passwords under ${PASSWORD_MIN} characters and a missing token, and never echoes the password`, () => {
    expect(parseForm(confirmRegistrationSchema, form({ token: "", password: "pendek" }), ["token", "password"])).toEqual({
      ok: false,
      errors: { token: "required", password: "passwordShort" },
      values: { token: "" },
    })
    expect(parseForm(confirmRegistrationSchema, form({ token: "a.b", password: "rahasia-kuat" }), ["token", "password"])).toEqual({
      ok: true,
      data: { token: "a.b", password: "rahasia-kuat" },
    })
  })
})

describe("loginSchema", () => {
  it("needs an email and any password", () => {
    expect(loginSchema.safeParse({ email: "a@b.id", password: "x" }).success).toBe(true)
    expect(parseForm(loginSchema, form({ email: "", password: "" }), ["email", "password"])).toEqual(
      expect.objectContaining({ errors: { email: "required", password: "required" } })
    )
  })
})

describe("profileSchema", () => {
  it("needs a first name", () => {
    expect(profileSchema.safeParse({ first_name: "", last_name: "", phone: "" }).error?.issues[0]?.message).toBe("required")
  })
})

describe("resetPasswordSchema", () => {
  const base = { email: "sari@contoh.id", token: "tok", password: "kata-sandi-baru", password_confirm: "kata-sandi-baru" }

  it("accepts the same new password twice", () => {
    expect(resetPasswordSchema.safeParse(base).success).toBe(true)
  })

  it("puts a mismatch on the confirmation field", () => {
    const result = parseForm(resetPasswordSchema, form({ ...base, password_confirm: "lain-lagi-nih" }), ["email", "token", "password", "password_confirm"])
    expect(result).toEqual(expect.objectContaining({ ok: false, errors: { password_confirm: "passwordMismatch" } }))
  })
})

describe("orderLookupSchema", () => {
  it("reads the order number as typed from an email: #, spaces and dots allowed", () => {
    for (const typed of ["1042", "#1042", " 1 042 ", "1.042"]) {
      expect(orderLookupSchema.parse({ order_number: typed, email: "a@b.id" }).order_number, typed).toBe(1042)
    }
  })

  it("refuses what is not an order number", () => {
    for (const typed of ["abc", "0", "-3", "12a"]) {
      expect(orderLookupSchema.safeParse({ order_number: typed, email: "a@b.id" }).error?.issues[0]?.message, typed).toBe("orderNumber")
    }
  })
})
