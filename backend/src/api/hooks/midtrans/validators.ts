import { z } from "@medusajs/framework/zod"

/**
 * The fields of a Midtrans notification this server reads. The signature is
 * optional here so an unsigned notification is refused by the signature
 * check (401) rather than as malformed; the rest of the body is Midtrans' own
 * and passes through untouched (Medusa's body validator would refuse unknown
 * fields, so ./middlewares.ts checks with this schema itself).
 */
export const MidtransNotification = z
  .looseObject({
    order_id: z.string({ error: "order_id is required." }).min(1).max(50),
    status_code: z.string({ error: "status_code is required." }).max(3),
    gross_amount: z.string({ error: "gross_amount is required." }).max(24),
    signature_key: z.string().max(256).optional(),
    transaction_status: z.string().max(40).optional(),
  })
