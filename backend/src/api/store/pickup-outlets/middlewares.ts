import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/input-schemas"

// Nothing to ask for; `locale` is tolerated since the storefront's SDK may add it.
export const StoreGetPickupOutletsParams = z.object({ locale: z.string().optional() }).strict()

/** The outlet a cart's pickup is collected at; null clears the choice. */
export const StoreSetCartPickupOutlet = z
  .object({
    outlet_id: text({ error: "Pilih outlet mitra (outlet_id)." }).trim().min(1, { error: "Pilih outlet mitra (outlet_id)." }).max(64).nullable(),
  })
  .strict()
export type StoreSetCartPickupOutletType = z.infer<typeof StoreSetCartPickupOutlet>

export const storePickupOutletMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/pickup-outlets", middlewares: [validateAndTransformQuery(StoreGetPickupOutletsParams, {})] },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/pickup-outlet",
    middlewares: [validateAndTransformQuery(StoreGetPickupOutletsParams, {}), validateAndTransformBody(StoreSetCartPickupOutlet)],
  },
]
