import { z } from "@medusajs/framework/zod"
import { optionalPagination, text } from "../../utils/input-schemas"
import { wholeCount } from "../batches/validators"

const cohortId = text({ error: "Pilih kohort (cohort_id)." }).trim().min(1, { error: "Pilih kohort (cohort_id)." })
const carrier = text().trim().min(1, { error: "Isi nama kurir." }).max(60, { error: "Nama kurir paling banyak 60 karakter." })
const tracking = text().trim().min(1, { error: "Isi nomor resi." }).max(80, { error: "Nomor resi paling banyak 80 karakter." })

export const CoordinatorGetOrdersParams = z
  .object({
    cohort_id: cohortId,
    ...optionalPagination({ max: 100 }),
  })
  .strict()
export type CoordinatorGetOrdersParamsType = z.infer<typeof CoordinatorGetOrdersParams>

export const CoordinatorCreateFulfillment = z
  .object({
    cohort_id: cohortId,
    items: z
      .array(
        z
          .object({
            line_item_id: text({ error: "Pilih baris pesanan (line_item_id)." }).trim().min(1),
            quantity: wholeCount("Jumlah", 100_000),
          })
          .strict(),
        { error: "Pilih baris yang dikemas (items)." }
      )
      .refine((list) => list.length > 0, { error: "Pilih minimal satu baris yang dikemas." }),
    carrier: carrier.optional(),
    tracking_number: tracking.optional(),
  })
  .strict()
export type CoordinatorCreateFulfillmentType = z.infer<typeof CoordinatorCreateFulfillment>

export const CoordinatorShipFulfillment = z.object({ carrier: carrier.optional(), tracking_number: tracking.optional() }).strict()
export type CoordinatorShipFulfillmentType = z.infer<typeof CoordinatorShipFulfillment>
