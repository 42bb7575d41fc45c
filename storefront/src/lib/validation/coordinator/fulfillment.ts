import { z } from "zod"
import { formValues, rowIndexes, text, type Parsed } from "./form-data"

export type FulfillmentBody = {
  cohort_id: string
  items: { line_item_id: string; quantity: number }[]
  carrier?: string
  tracking_number?: string
}

const carrierSchema = z.string().trim().max(60, { message: "tooLong" })
const trackingSchema = z
  .string()
  .trim()
  .max(60, { message: "tooLong" })
  .refine((v) => v === "" || /^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(v), { message: "tracking" })

/**
 * The pack form of one order → POST /coordinator/orders/:id/fulfillments.
 * Each line has a quantity to pack (0 leaves it for later) and, in a hidden
 * field, how many are still open; the backend checks again.
 */
export function parseFulfillmentForm(form: FormData, cohortId: string): Parsed<FulfillmentBody> {
  const errors: Record<string, string> = {}
  const items: FulfillmentBody["items"] = []
  for (const index of rowIndexes(form, "items")) {
    const id = text(form, `items.${index}.line_item_id`)
    const raw = text(form, `items.${index}.quantity`).trim()
    const open = Number(text(form, `items.${index}.open`) || Infinity)
    if (raw === "" || raw === "0") continue
    if (!/^\d{1,5}$/.test(raw)) errors[`items.${index}.quantity`] = "quantity"
    else if (Number(raw) > open) errors[`items.${index}.quantity`] = "packTooMany"
    else items.push({ line_item_id: id, quantity: Number(raw) })
  }
  if (!items.length && !Object.keys(errors).length) errors["items.0.quantity"] = "packNothing"
  const carrier = carrierSchema.safeParse(text(form, "carrier"))
  const tracking = trackingSchema.safeParse(text(form, "tracking_number"))
  if (!carrier.success) errors.carrier = carrier.error.issues[0]?.message ?? "tooLong"
  if (!tracking.success) errors.tracking_number = tracking.error.issues[0]?.message ?? "tracking"
  // A tracking number means nothing without the carrier that issued it.
  if (tracking.success && tracking.data && carrier.success && !carrier.data) errors.carrier = "carrierRequired"
  if (Object.keys(errors).length || !carrier.success || !tracking.success) return { ok: false, errors, values: formValues(form) }
  return {
    ok: true,
    data: {
      cohort_id: cohortId,
      items,
      ...(carrier.data ? { carrier: carrier.data } : {}),
      ...(tracking.data ? { tracking_number: tracking.data.toUpperCase() } : {}),
    },
  }
}

/** Carrier and tracking number given when marking shipped (both optional, as at packing). */
export function parseShipForm(form: FormData): { carrier?: string; tracking_number?: string } | null {
  const carrier = carrierSchema.safeParse(text(form, "carrier"))
  const tracking = trackingSchema.safeParse(text(form, "tracking_number"))
  if (!carrier.success || !tracking.success || (tracking.data && !carrier.data)) return null
  return { ...(carrier.data ? { carrier: carrier.data } : {}), ...(tracking.data ? { tracking_number: tracking.data.toUpperCase() } : {}) }
}
