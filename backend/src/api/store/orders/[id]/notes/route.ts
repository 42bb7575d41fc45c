import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OrderNoteCohortsResponse, StoreMakerNoteCreatedResponse } from "@karya-binaan/contract"
import { orderNoteCohorts } from "../../../../../workflows/maker-note/order-note-cohorts"
import { sendMakerNote, type SendMakerNoteType } from "../../../../utils/maker-note"

/** A shopper thanks the cohort behind their order; ../../middlewares.ts lets only the order's buyer through. */
export const POST = async (req: MedusaRequest<SendMakerNoteType>, res: MedusaResponse<StoreMakerNoteCreatedResponse>) => {
  await sendMakerNote(req.scope, res, { ...req.validatedBody, order_id: req.params.id, author_kind: "customer" })
}

/** The cohorts this order can thank and the notes it already sent (the same buyers as POST); names in `?locale=`. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<OrderNoteCohortsResponse>) => {
  res.json({ cohorts: await orderNoteCohorts(req.scope, req.params.id, req.locale) })
}
