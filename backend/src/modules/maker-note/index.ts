import { Module } from "@medusajs/framework/utils"
import { MakerNoteModuleService } from "./service"

export const MAKER_NOTE_MODULE = "maker_note"

export default Module(MAKER_NOTE_MODULE, { service: MakerNoteModuleService })
