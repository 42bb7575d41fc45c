import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateJwtToken, MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptCoordinatorInviteWorkflow } from "../../../workflows/coordinator/accept-invite"
import type { AcceptCoordinatorInviteType } from "../validators"

/**
 * Accepts an invitation and answers with a coordinator JWT, so the portal is
 * signed in at once. The token is issued exactly as POST /auth/coordinator/emailpass
 * would: the password is checked by the emailpass provider, not trusted.
 */
export async function POST(req: MedusaRequest<AcceptCoordinatorInviteType>, res: MedusaResponse) {
  const { token, name, password } = req.validatedBody
  const { result } = await acceptCoordinatorInviteWorkflow(req.scope).run({ input: { token, name, password } })

  const auth = req.scope.resolve(Modules.AUTH)
  const login = await auth.authenticate("emailpass", {
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
      actor_id: result.coordinator_id,
      actor_type: "coordinator",
      auth_identity_id: login.authIdentity.id,
      auth_provider: "emailpass",
      app_metadata: { ...(login.authIdentity.app_metadata ?? {}), coordinator_id: result.coordinator_id },
      user_metadata: {},
    },
    { secret: http.jwtSecret!, expiresIn: http.jwtExpiresIn, jwtOptions: http.jwtOptions }
  )
  res.status(200).json({ token: jwt })
}
