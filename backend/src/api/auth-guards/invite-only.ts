import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Coordinator accounts exist only through an operator's invitation: accepting
 * it creates the identity (workflows/coordinator/accept-invite.ts). Medusa's
 * open register route would let anyone claim an invited address first and
 * make the real acceptance fail, so for this actor type it is closed.
 */
export function refuseDirectRegistration(_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Akun koordinator hanya dibuat lewat undangan operator: buka tautan di email undangan. / Coordinator accounts are created only from an operator's invitation: open the link in the invitation email."
    )
  )
}
