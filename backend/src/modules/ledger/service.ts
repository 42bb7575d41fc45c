import { MedusaService } from "@medusajs/framework/utils"
import { LedgerEntry } from "./models/ledger-entry"

/**
 * The revenue-share ledger. Entries are only ever created: application code
 * never updates or deletes one (a correction is a reversal entry).
 */
export class LedgerModuleService extends MedusaService({ LedgerEntry }) {}

export default LedgerModuleService
