import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/input-schemas"

// People copy the number from the confirmation ("#1042") or type it in a form
// (a string). The check is a refinement, not a number type, so the shopper
// reads our message rather than Medusa's "Expected type: 'number'".
const ORDER_NUMBER = /^#?\d+$/
const toNumber = (value: unknown) => Number(String(value).trim().replace(/^#/, ""))

const orderNumber = z
  .unknown()
  .refine((value) => value !== undefined, { error: "Isi nomor pesanan (angka pada email konfirmasi, misalnya 1042)." })
  .refine(
    (value) =>
      (typeof value === "number" || typeof value === "string") && ORDER_NUMBER.test(String(value).trim()) && toNumber(value) > 0,
    { error: "Nomor pesanan berupa angka bulat positif, misalnya 1042." }
  )
  .transform(toNumber)

export const StoreOrderLookup = z
  .object({
    order_number: orderNumber,
    email: text({ error: "Isi email yang dipakai saat memesan." })
      .trim()
      .pipe(z.email({ error: "Email tidak valid: tulis seperti nama@contoh.com." })),
  })
  .strict()
export type StoreOrderLookupType = z.infer<typeof StoreOrderLookup>
