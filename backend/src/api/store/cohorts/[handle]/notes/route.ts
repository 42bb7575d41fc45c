import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreMakerNoteListResponse } from "@karya-binaan/contract"
import { MAKER_NOTE_MODULE } from "../../../../../modules/maker-note"
import type { MakerNoteModuleService } from "../../../../../modules/maker-note/service"

/** How many approved notes a cohort page shows, newest first. */
const SHOWN = 20

/** A cohort's approved thank-you notes: first name (or null) and message, nothing that leads to the buyer. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreMakerNoteListResponse>) => {
  const {
    data: [cohort],
  } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cohort", fields: ["id"], filters: { handle: req.params.handle, status: "active" } })
  if (!cohort) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cohort with handle "${req.params.handle}" was not found`)
  const notes = await req.scope
    .resolve<MakerNoteModuleService>(MAKER_NOTE_MODULE)
    .listMakerNotes({ cohort_id: cohort.id, status: "approved" }, { select: ["id", "first_name", "message", "moderated_at"], order: { moderated_at: "DESC" }, take: SHOWN })
  res.json({
    notes: notes.map((n) => ({ id: n.id, first_name: n.first_name, message: n.message, approved_at: new Date(n.moderated_at as Date).toISOString() })),
  })
}
