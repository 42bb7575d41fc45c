import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readRegistrationToken } from "../../../../lib/registration-token"
import { confirmRegistrationWorkflow } from "../../../../workflows/registration/confirm-registration"
import type { StoreConfirmRegistrationType } from "../validators"

/** Finishes a registration from the emailed link with the chosen password; the storefront then logs in with it. */
export const POST = async (req: MedusaRequest<StoreConfirmRegistrationType>, res: MedusaResponse) => {
  const secret = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
  const details = readRegistrationToken(req.validatedBody.token, secret)
  if (!details) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Tautan pendaftaran ini tidak berlaku (kedaluwarsa atau tidak lengkap): daftar lagi. / This registration link does not work (expired or incomplete): register again."
    )
  }
  const { result } = await confirmRegistrationWorkflow(req.scope).run({ input: { ...details, password: req.validatedBody.password } })
  res.status(201).json({ customer: result })
}
