import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateJwtToken, MedusaError, Modules } from "@medusajs/framework/utils"

type Actor = { actor_type: "coordinator" | "customer"; actor_id: string }

/**
 * The JWT an invited person gets once their account exists, issued exactly as
 * POST /auth/<actor>/emailpass would: the password they just set is checked by
 * the emailpass provider, not trusted, and the token carries the actor's id in
 * app_metadata (`coordinator_id`, `customer_id`) as Medusa's own login does.
 */
export async function loginAfterInvite(req: MedusaRequest, { email, password, actor_type, actor_id }: Actor & { email: string; password: string }): Promise<string> {
  const login = await req.scope.resolve(Modules.AUTH).authenticate("emailpass", {
    url: req.url,
    headers: {},
    query: {},
    body: { email, password },
    protocol: req.protocol,
  })
  if (!login.success || !login.authIdentity) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Akun dibuat, tetapi masuk otomatis gagal: silakan masuk")
  }
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return generateJwtToken(
    {
      actor_id,
      actor_type,
      auth_identity_id: login.authIdentity.id,
      auth_provider: "emailpass",
      app_metadata: { ...(login.authIdentity.app_metadata ?? {}), [`${actor_type}_id`]: actor_id },
      user_metadata: {},
    },
    { secret: http.jwtSecret!, expiresIn: http.jwtExpiresIn, jwtOptions: http.jwtOptions }
  )
}
