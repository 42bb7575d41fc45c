import { z } from "@medusajs/framework/zod"

// People copy the number from the confirmation ("#1042") or type it in a form (a string).
const orderNumber = z.preprocess(
  (value) => (typeof value === "string" && value.trim() ? Number(value.trim().replace(/^#/, "")) : value),
  z
    .number({ error: "Isi nomor pesanan (angka pada email konfirmasi, misalnya 1042)." })
    .int({ error: "Nomor pesanan berupa angka bulat, misalnya 1042." })
    .positive({ error: "Nomor pesanan berupa angka bulat positif, misalnya 1042." })
)

export const StoreOrderLookup = z
  .object({
    order_number: orderNumber,
    email: z.string({ error: "Isi email yang dipakai saat memesan." }).trim().pipe(
      z.email({ error: "Email tidak valid: tulis seperti nama@contoh.com." })
    ),
  })
  .strict()
export type StoreOrderLookupType = z.infer<typeof StoreOrderLookup>
