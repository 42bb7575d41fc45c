import { z } from "zod"
import { PROVINCES } from "@/lib/util/provinces"

/**
 * One Indonesian shipping address, as checkout and the address book accept it.
 * Each issue's message is a key under "Address.errors", translated where the
 * form renders it, so the same rules speak both languages.
 */
export const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "phone",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
] as const

export type AddressField = (typeof ADDRESS_FIELDS)[number]

const text = (max: number) => z.string().trim().max(max, { message: "tooLong" })
const required = (max: number) => text(max).min(1, { message: "required" })

export const addressSchema = z.object({
  first_name: required(60),
  last_name: text(60),
  // 08…, 62… or +62…, spaces and dashes allowed: 9 to 13 digits after the 0.
  phone: required(20)
    .transform((value) => value.replace(/[\s-]/g, ""))
    .refine((value) => /^(\+62|62|0)8\d{7,11}$/.test(value), { message: "phone" }),
  address_1: required(120),
  address_2: text(120),
  city: required(60),
  province: z.enum(PROVINCES, { message: "province" }),
  // Indonesian postal codes are five digits and never start with 0.
  postal_code: required(5).refine((value) => /^[1-9]\d{4}$/.test(value), { message: "postalCode" }),
})

export type AddressInput = z.infer<typeof addressSchema>
export type AddressErrors = Partial<Record<AddressField, string>>

/** The address in a submitted form: valid (ready for Medusa, country "id") or field-keyed error keys. */
export function parseAddress(
  form: FormData,
  prefix = ""
): { ok: true; address: AddressInput & { country_code: "id" } } | { ok: false; errors: AddressErrors } {
  const raw = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, String(form.get(prefix + f) ?? "")]))
  const result = addressSchema.safeParse(raw)
  if (result.success) return { ok: true, address: { ...result.data, country_code: "id" } }
  const errors: AddressErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as AddressField
    errors[field] ??= issue.message
  }
  return { ok: false, errors }
}
