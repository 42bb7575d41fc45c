import { z } from "@medusajs/framework/zod"

// Medusa's own cart validators take any number and store 0.5 as a whole unit.
// Only the quantity is checked here: the rest of the body is Medusa's to
// validate (passthrough), and absence is left to Medusa's message too.
const quantity = (min: number) =>
  z
    .number({ error: "Jumlah (quantity) berupa angka." })
    .refine((n) => Number.isInteger(n), { error: "Jumlah (quantity) harus bilangan bulat, misalnya 1 atau 2; barang tidak dijual per bagian." })
    .refine((n) => n >= min, { error: min > 0 ? "Jumlah (quantity) paling sedikit 1." : "Jumlah (quantity) tidak boleh negatif; 0 menghapus barang dari keranjang." })

/** Adding a line: a whole number of units, at least one. */
export const StoreAddLineQuantity = z.object({ quantity: quantity(1).optional() }).passthrough()
/** Changing a line: a whole number of units; 0 removes the line, as in Medusa. */
export const StoreUpdateLineQuantity = z.object({ quantity: quantity(0).optional() }).passthrough()

/** GET /store/carts/:id/payment-status takes no query; `locale` is tolerated since the storefront's SDK may add it. */
export const StoreGetPaymentStatusParams = z.object({ locale: z.string().optional() }).strict()
