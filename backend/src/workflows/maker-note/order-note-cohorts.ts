import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderNoteCohort } from "@karya-binaan/contract"
import { MAKER_NOTE_MODULE } from "../../modules/maker-note"
import type { MakerNoteModuleService } from "../../modules/maker-note/service"

/**
 * The cohorts behind an order's products (product ↔ cohort link), each with
 * the note this order already sent it: what the thank-you form offers. A read,
 * shared by the store and outlet routes; the route checks who is asking.
 * Cohort names in `locale` (their translations), as the rest of that page.
 */
export async function orderNoteCohorts(scope: MedusaContainer, orderId: string, locale?: string): Promise<OrderNoteCohort[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "status", "items.product_id"], filters: { id: orderId } })
  const order = orders[0] as { status: string; items?: ({ product_id?: string | null } | null)[] } | undefined
  if (!order || order.status === "canceled") return []
  const productIds = [...new Set((order.items ?? []).flatMap((i) => (i?.product_id ? [i.product_id] : [])))]
  if (!productIds.length) return []
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "cohort.id", "cohort.name", "cohort.handle"], filters: { id: productIds } })
  const cohorts = new Map<string, { id: string; name: string; handle: string }>()
  for (const p of products as { cohort?: { id: string; name: string; handle: string } | null }[]) if (p.cohort) cohorts.set(p.cohort.id, { ...p.cohort })
  if (locale && cohorts.size) await applyTranslations({ localeCode: locale, objects: [...cohorts.values()], container: scope })
  const notes = await scope
    .resolve<MakerNoteModuleService>(MAKER_NOTE_MODULE)
    .listMakerNotes({ order_id: orderId }, { select: ["id", "cohort_id", "status", "message"] })
  return [...cohorts.values()].map((c) => {
    const n = notes.find((note) => note.cohort_id === c.id)
    return { id: c.id, name: c.name, handle: c.handle, note: n ? { id: n.id, status: n.status, message: n.message } : null }
  })
}
