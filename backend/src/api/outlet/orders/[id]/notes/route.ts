import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderNoteCohortsResponse, StoreMakerNoteCreatedResponse } from "@karya-binaan/contract"
import { orderNoteCohorts } from "../../../../../workflows/maker-note/order-note-cohorts"
import { sendMakerNote, type SendMakerNoteType } from "../../../../utils/maker-note"
import type { OutletLocaleQueryType } from "../../../catalog/validators"
import { assertOutletOrder, type OutletRequest } from "../../../scope"

/** A partner outlet thanks the cohort behind one of its own orders; another outlet's order → 404. */
export async function POST(req: OutletRequest<SendMakerNoteType>, res: MedusaResponse<StoreMakerNoteCreatedResponse>) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id", "sales_channel_id"], filters: { id: req.params.id } })
  assertOutletOrder(req, data[0])
  await sendMakerNote(req.scope, res, { ...req.validatedBody, order_id: req.params.id, author_kind: "outlet" })
}

/** The cohorts one of the outlet's orders can thank, and the notes it already sent; names in `?locale=`. */
export async function GET(req: OutletRequest, res: MedusaResponse<OrderNoteCohortsResponse>) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id", "sales_channel_id"], filters: { id: req.params.id } })
  assertOutletOrder(req, data[0])
  const { locale } = req.validatedQuery as OutletLocaleQueryType
  res.json({ cohorts: await orderNoteCohorts(req.scope, req.params.id, locale) })
}
