import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreCartPickupOutletResponse } from "@karya-binaan/contract"
import { activePickupOutlet, PICKUP_OUTLET_KEY } from "../../../../../workflows/pickup/check-pickup-cart"
import type { StoreSetCartPickupOutletType } from "../../../pickup-outlets/middlewares"
import { toPickupOutlet } from "../../../pickup-outlets/serialize"

/**
 * The shopper picks the outlet to collect at: kept in the cart's metadata,
 * which Medusa copies to the order; completing the cart checks it again and
 * links the order to the outlet (workflows/hooks/complete-cart.ts).
 */
export const POST = async (req: MedusaRequest<StoreSetCartPickupOutletType>, res: MedusaResponse<StoreCartPickupOutletResponse>) => {
  const { outlet_id } = req.validatedBody
  const {
    data: [cart],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["id", "metadata", "completed_at"], filters: { id: req.params.id } })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Keranjang tidak ditemukan")
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Keranjang ini sudah menjadi pesanan")
  const outlet = outlet_id ? await activePickupOutlet(req.scope, outlet_id) : null
  if (outlet_id && !outlet) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Outlet mitra itu tidak ada atau sedang tidak melayani pengambilan: pilih outlet lain.")
  await updateCartWorkflow(req.scope).run({
    input: { id: cart.id, metadata: { ...((cart.metadata ?? {}) as Record<string, unknown>), [PICKUP_OUTLET_KEY]: outlet?.id ?? null } },
  })
  res.json({ pickup_outlet: outlet ? toPickupOutlet(outlet) : null })
}
