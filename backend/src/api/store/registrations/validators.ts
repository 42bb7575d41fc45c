import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/input-schemas"

const email = text({ error: "Isi email yang valid. / Enter a valid email." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Isi email yang valid. / Enter a valid email." }).max(254))

/** A registration: who, and the storefront language the emails are written in. */
export const StoreRequestRegistration = z
  .object({
    email,
    first_name: text({ error: "Isi nama depan. / Enter a first name." }).trim().min(1, { error: "Isi nama depan. / Enter a first name." }).max(100),
    last_name: text().trim().max(100).optional(),
    phone: text().trim().max(30).optional(),
    locale: z.enum(["id", "en"]).default("id"),
  })
  .strict()
export type StoreRequestRegistrationType = z.infer<typeof StoreRequestRegistration>

/** The emailed token and the password chosen on the confirmation page (the emailpass provider's minimum is ours too). */
export const StoreConfirmRegistration = z
  .object({
    token: text({ error: "Tautan pendaftaran tidak lengkap. / The registration link is incomplete." }).min(1).max(5000),
    password: z.string({ error: "Isi kata sandi. / Enter a password." }).min(8, { error: "Kata sandi minimal 8 karakter. / The password needs at least 8 characters." }).max(200),
  })
  .strict()
export type StoreConfirmRegistrationType = z.infer<typeof StoreConfirmRegistration>
