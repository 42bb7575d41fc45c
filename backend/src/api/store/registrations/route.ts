import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storefrontBase } from "../../../workflows/notifications/templates/email-locale"
import { requestRegistrationWorkflow } from "../../../workflows/registration/request-registration"
import type { StoreRequestRegistrationType } from "./validators"

export const REGISTRATION_REQUESTED_MESSAGE =
  "Periksa email Anda: kami mengirim langkah berikutnya ke alamat itu. / Check your email: we sent the next step to that address."

/**
 * Asks for an account. The answer is the same 202 whether or not the address
 * already has one (issue 14 item 1); the email says which it is. The same
 * work runs either way (one lookup, one email), so the time tells nothing either.
 */
export const POST = async (req: MedusaRequest<StoreRequestRegistrationType>, res: MedusaResponse) => {
  const { locale, ...details } = req.validatedBody
  const secret = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
  await requestRegistrationWorkflow(req.scope).run({ input: { ...details, locale, storefront_url: storefrontBase(), secret } })
  res.status(202).json({ message: REGISTRATION_REQUESTED_MESSAGE })
}
