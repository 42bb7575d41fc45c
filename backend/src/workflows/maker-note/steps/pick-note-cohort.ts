import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { pickNoteCohort } from "../pick-cohort"

export const pickNoteCohortStepId = "pick-maker-note-cohort"

type Order = { id: string; status: string; items?: ({ product_id?: string | null } | null)[] | null }

/**
 * The cohort a note thanks: the one behind the order's products (product ↔
 * cohort link). An order spanning several cohorts names one in `cohort_id`;
 * a cancelled order takes no note.
 */
export const pickNoteCohortStep = createStep(
  pickNoteCohortStepId,
  async (input: { order_id: string; cohort_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ["id", "status", "items.product_id"], filters: { id: input.order_id } })
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pesanan tidak ditemukan")
    if ((order as Order).status === "canceled") {
      throw refusal(MedusaError.Types.NOT_ALLOWED, [{ code: "note_order_canceled" }], "Pesanan ini dibatalkan: ucapan terima kasih hanya untuk pesanan yang berjalan. / This order was cancelled.")
    }
    const productIds = [...new Set(((order as Order).items ?? []).flatMap((i) => (i?.product_id ? [i.product_id] : [])))]
    const { data: products } = productIds.length
      ? await query.graph({ entity: "product", fields: ["id", "cohort.id", "cohort.name"], filters: { id: productIds } })
      : { data: [] }
    const cohorts = (products as { cohort?: { id: string; name: string } | null }[]).flatMap((p) => (p.cohort ? [p.cohort] : []))
    return new StepResponse(pickNoteCohort(cohorts, input.cohort_id))
  }
)
