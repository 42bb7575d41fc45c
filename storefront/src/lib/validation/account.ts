import { z } from "zod"
import { addressSchema } from "./address"

/**
 * The account forms' rules. Like the address schema, every issue's message is
 * a key under "AccountForm.errors", translated where the form renders it.
 */
export const PASSWORD_MIN = 8
const PASSWORD_MAX = 128

const email = z.string().trim().toLowerCase().min(1, { message: "required" }).max(254, { message: "tooLong" }).pipe(z.email({ message: "email" }))
const password = z.string().min(PASSWORD_MIN, { message: "passwordShort" }).max(PASSWORD_MAX, { message: "tooLong" })
const name = (min: number) => z.string().trim().min(min, { message: "required" }).max(60, { message: "tooLong" })
// Optional on an account, but when given it follows the address book's mobile-number rule.
const optionalPhone = z
  .string()
  .trim()
  .refine((value) => value === "" || addressSchema.shape.phone.safeParse(value).success, { message: "phone" })
  .transform((value) => (value === "" ? "" : addressSchema.shape.phone.parse(value)))

export const registerSchema = z.object({
  first_name: name(1),
  last_name: name(0),
  email,
  phone: optionalPhone,
})

/** The password is chosen on the page the emailed registration link opens. */
export const confirmRegistrationSchema = z.object({ token: z.string().min(1, { message: "required" }), password })

export const loginSchema = z.object({
  email,
  // Any length: an old password may predate today's minimum.
  password: z.string().min(1, { message: "required" }),
})

export const profileSchema = z.object({ first_name: name(1), last_name: name(0), phone: optionalPhone })

export const forgotPasswordSchema = z.object({ email })

export const resetPasswordSchema = z
  .object({ email, token: z.string().min(1, { message: "required" }), password, password_confirm: z.string() })
  .refine((data) => data.password === data.password_confirm, { message: "passwordMismatch", path: ["password_confirm"] })

export const orderLookupSchema = z.object({
  // People copy "#1042" or "1 042" from the confirmation email: keep the digits.
  order_number: z
    .string()
    .trim()
    .min(1, { message: "required" })
    .transform((value) => value.replace(/^#/, "").replace(/[\s.]/g, ""))
    .refine((value) => /^[1-9]\d{0,9}$/.test(value), { message: "orderNumber" })
    .transform(Number),
  email,
})

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>

type Parsed<S extends z.ZodType> =
  | { ok: true; data: z.infer<S> }
  | { ok: false; errors: FieldErrors<keyof z.input<S> & string>; values: Record<string, string> }

/**
 * A submitted form checked against a schema: its data, or an error key per
 * field plus what was typed (passwords left out) to fill the form again.
 */
export function parseForm<S extends z.ZodObject | z.ZodPipe>(schema: S, form: FormData, fields: readonly (keyof z.input<S> & string)[]): Parsed<S> {
  const raw = Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? "")]))
  const result = schema.safeParse(raw)
  if (result.success) return { ok: true, data: result.data as z.infer<S> }
  const errors: FieldErrors<string> = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0])
    errors[field] ??= issue.message
  }
  const values = Object.fromEntries(Object.entries(raw).filter(([field]) => !field.startsWith("password")))
  return { ok: false, errors, values }
}
