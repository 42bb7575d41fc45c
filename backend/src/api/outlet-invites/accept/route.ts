import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateJwtToken, MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptOutletInviteWorkflow } from "../../../workflows/outlet/accept-outlet-invite"
import type { AcceptOutletInviteType } from "../validators"

/**
 * Accepts a buyer's invitation and answers with a customer JWT, issued as
 * POST /auth/customer/emailpass would: the password is checked by the
 * emailpass provider, not trusted.
 */
export async function POST(req: MedusaRequest<AcceptOutletInviteType>, res: MedusaResponse) {
  const { token, first_name, last_name, password } = req.validatedBody
  const { result } = await acceptOutletInviteWorkflow(req.scope).run({ input: { token, first_name, last_name, password } })

  const login = await req.scope.resolve(Modules.AUTH).authenticate("emailpass", {
    url: req.url,
    headers: {},
    query: {},
    body: { email: result.email, password },
    protocol: req.protocol,
  })
  if (!login.success || !login.authIdentity) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Akun dibuat, tetapi masuk otomatis gagal: silakan masuk")
  }
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const jwt = generateJwtToken(
    {
      actor_id: result.customer_id,
      actor_type: "customer",
      auth_identity_id: login.authIdentity.id,
      auth_provider: "emailpass",
      app_metadata: { ...(login.authIdentity.app_metadata ?? {}), customer_id: result.customer_id },
      user_metadata: {},
    },
    { secret: http.jwtSecret!, expiresIn: http.jwtExpiresIn, jwtOptions: http.jwtOptions }
  )
  res.status(200).json({ token: jwt })
}
