import { z } from "@medusajs/framework/zod"

/**
 * A number of units: whole, more than 0, at most `max`. Refinements rather than
 * `.int()`, whose failure Medusa words as "Field '…' is required" for 0.5;
 * these messages say what is wrong.
 */
export const wholeUnits = (max: number, positive = "Jumlah harus lebih dari 0") =>
  z
    .number({ error: "Jumlah berupa angka" })
    .refine((n) => Number.isInteger(n), { error: "Jumlah harus bilangan bulat (misalnya 1 atau 2): barang tidak dijual per bagian" })
    .refine((n) => n > 0, { error: positive })
    .refine((n) => n <= max, { error: `Jumlah paling banyak ${max}` })
