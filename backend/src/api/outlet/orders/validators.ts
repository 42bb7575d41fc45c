import { z } from "@medusajs/framework/zod"
import { pagination, text } from "../../utils/input-schemas"
import { wholeUnits } from "../../utils/whole-units"

export const OutletPlaceOrder = z
  .object({
    items: z
      .array(
        z
          .object({
            variant_id: text().startsWith("variant_", "variant_id harus berisi id varian (variant_…)"),
            quantity: wholeUnits(10_000),
          })
          .strict()
      )
      .min(1, "Pesanan kosong: isi jumlah setidaknya satu produk")
      .max(100),
    po_number: text().trim().min(1, "Tulis nomor PO (purchase order)").max(60),
    delivery: z.enum(["delivery", "pickup"], { message: "Pilih dikirim ke outlet atau diambil sendiri" }),
    notes: text().trim().max(500).optional(),
    locale: z.enum(["id-ID", "en-US"]).optional(),
  })
  .strict()
export type OutletPlaceOrderType = z.infer<typeof OutletPlaceOrder>

export const OutletListOrders = z
  .object({
    ...pagination({ limit: 50, max: 100 }),
  })
  .strict()
export type OutletListOrdersType = z.infer<typeof OutletListOrders>

export const EmptyQuery = z.object({}).strict()
