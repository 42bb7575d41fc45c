import { z } from "@medusajs/framework/zod"

const rupiah = z.number().int("Rupiah tanpa desimal").min(0)

export const AdminCreateOutlet = z
  .object({
    name: z.string().trim().min(3).max(120),
    handle: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Handle: huruf kecil, angka dan tanda hubung"),
    pertamina_centre: z.string().trim().min(3).max(160),
    address_1: z.string().trim().min(3).max(200),
    address_2: z.string().trim().max(200).nullish(),
    city: z.string().trim().min(2).max(80),
    province: z.string().trim().min(2).max(80),
    postal_code: z.string().trim().max(10).nullish(),
    contact_name: z.string().trim().min(2).max(120),
    contact_phone: z.string().trim().min(6).max(30),
    contact_email: z.string().trim().toLowerCase().email("Alamat email tidak valid"),
    payment_terms_days: z.number().int().min(0).max(120),
    minimum_order_value: rupiah,
    case_packs: z.array(z.object({ product_id: z.string().startsWith("prod_"), units: z.number().int().min(1).max(1000) }).strict()).max(200).optional(),
    prices: z.array(z.object({ variant_id: z.string().startsWith("variant_"), amount: rupiah }).strict()).max(500).optional(),
    product_ids: z.array(z.string().startsWith("prod_")).max(500).optional(),
    stock_location_ids: z.array(z.string().startsWith("sloc_")).max(100).optional(),
  })
  .strict()
export type AdminCreateOutletType = z.infer<typeof AdminCreateOutlet>

export const AdminInviteOutletBuyer = z
  .object({
    email: z.string().trim().toLowerCase().email("Alamat email tidak valid"),
    name: z.string().trim().min(1).max(120).optional(),
  })
  .strict()
export type AdminInviteOutletBuyerType = z.infer<typeof AdminInviteOutletBuyer>

export const AdminMarkInvoicePaid = z
  .object({ reference: z.string().trim().min(3, "Tulis referensi pembayaran (mis. nomor transfer)").max(120) })
  .strict()
export type AdminMarkInvoicePaidType = z.infer<typeof AdminMarkInvoicePaid>

export const EmptyQuery = z.object({}).strict()
