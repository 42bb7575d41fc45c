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

/**
 * Shop accounts are made only through POST /store/registrations (issue 14
 * item 1): it answers every address alike and emails the next step. Medusa's
 * own register route told a prober "Identity with email already exists", and
 * let anyone hold an address they cannot read (an invited one too), so for
 * the customer actor it is closed, with the same answer for every body.
 * The operator's actor (user) keeps it: accepting an Admin invite uses it.
 */
export function refuseCustomerDirectRegistration(_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(new MedusaError(MedusaError.Types.NOT_ALLOWED, CUSTOMER_REGISTRATION_CLOSED))
}

export const CUSTOMER_REGISTRATION_CLOSED =
  "Akun toko dibuat lewat formulir pendaftaran (/akun/daftar, atau POST /store/registrations): kami mengirim tautan ke email Anda. / Shop accounts are created through the registration form (/en/account/register, or POST /store/registrations): we email you a link."
