import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/input-schemas"

const rupiah = z.number().int("Rupiah tanpa desimal").min(0)

export const AdminCreateOutlet = z
  .object({
    name: text().trim().min(3).max(120),
    handle: text().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Handle: huruf kecil, angka dan tanda hubung"),
    pertamina_centre: text().trim().min(3).max(160),
    address_1: text().trim().min(3).max(200),
    address_2: text().trim().max(200).nullish(),
    city: text().trim().min(2).max(80),
    province: text().trim().min(2).max(80),
    postal_code: text().trim().max(10).nullish(),
    contact_name: text().trim().min(2).max(120),
    contact_phone: text().trim().min(6).max(30),
    contact_email: text().trim().toLowerCase().email("Alamat email tidak valid"),
    payment_terms_days: z.number().int().min(0).max(120),
    minimum_order_value: rupiah,
    case_packs: z.array(z.object({ product_id: text().startsWith("prod_"), units: z.number().int().min(1).max(1000) }).strict()).max(200).optional(),
    prices: z.array(z.object({ variant_id: text().startsWith("variant_"), amount: rupiah }).strict()).max(500).optional(),
    product_ids: z.array(text().startsWith("prod_")).max(500).optional(),
    stock_location_ids: z.array(text().startsWith("sloc_")).max(100).optional(),
  })
  .strict()
export type AdminCreateOutletType = z.infer<typeof AdminCreateOutlet>

export const AdminInviteOutletBuyer = z
  .object({
    email: text().trim().toLowerCase().email("Alamat email tidak valid"),
    name: text().trim().min(1).max(120).optional(),
  })
  .strict()
export type AdminInviteOutletBuyerType = z.infer<typeof AdminInviteOutletBuyer>

export const AdminMarkInvoicePaid = z
  .object({ reference: text().trim().min(3, "Tulis referensi pembayaran (mis. nomor transfer)").max(120) })
  .strict()
export type AdminMarkInvoicePaidType = z.infer<typeof AdminMarkInvoicePaid>

export const EmptyQuery = z.object({}).strict()
