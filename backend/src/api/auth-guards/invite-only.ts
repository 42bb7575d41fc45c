import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COORDINATOR_MODULE } from "../../modules/coordinator"
import type { CoordinatorModuleService } from "../../modules/coordinator/service"
import { OUTLET_MODULE } from "../../modules/outlet"
import type { OutletModuleService } from "../../modules/outlet/service"

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

/**
 * The shop's own registration stays open, but not for an address with an
 * invitation waiting (coordinator or outlet buyer): one email is one emailpass
 * identity, so a shopper account made first, by anyone, would make the
 * invitee's acceptance fail. The invitee creates the account from the link.
 */
export async function refuseInvitedEmail(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const email = (req.body as { email?: unknown } | undefined)?.email
  if (typeof email !== "string" || !email.trim()) return next()
  try {
    const open = { email: email.trim().toLowerCase(), accepted_at: null, expires_at: { $gt: new Date() } }
    const coordinators: CoordinatorModuleService = req.scope.resolve(COORDINATOR_MODULE)
    const outlets: OutletModuleService = req.scope.resolve(OUTLET_MODULE)
    const [coordinatorInvites, outletInvites] = await Promise.all([
      coordinators.listCoordinatorInvites(open, { select: ["id"], take: 1 }),
      outlets.listOutletInvites(open, { select: ["id"], take: 1 }),
    ])
    if (coordinatorInvites.length || outletInvites.length) {
      return next(
        new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "Email ini punya undangan yang menunggu: buat akun lewat tautan di email undangan. / This email has an invitation waiting: create the account from the link in the invitation email."
        )
      )
    }
  } catch (error) {
    return next(error)
  }
  next()
}
