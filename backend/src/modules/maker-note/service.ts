import { MedusaService } from "@medusajs/framework/utils"
import { MakerNote } from "./models/maker-note"

export class MakerNoteModuleService extends MedusaService({ MakerNote }) {}

export default MakerNoteModuleService
