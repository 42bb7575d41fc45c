import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordCoordinatorLoginWorkflow } from "../../workflows/coordinator/record-coordinator-login"
import { ACCESS_REVOKED } from "../coordinator/cohort-scope"

/** The actor id in a token Medusa has just issued (no need to verify our own signature here). */
function actorIdOf(token: unknown): string | null {
  if (typeof token !== "string") return null
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
    return typeof payload.actor_id === "string" && payload.actor_id ? payload.actor_id : null
  } catch {
    return null
  }
}

/**
 * After Medusa accepts a coordinator's password (POST /auth/coordinator/emailpass):
 * a coordinator whose access was revoked gets 401 with the reason instead of
 * the token (only after the right password, so it reveals nothing to a
 * stranger); anyone else's sign-in time is recorded for the Admin page.
 */
export async function guardCoordinatorSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const send = res.json.bind(res)
  res.json = (body: unknown) => {
    const actorId = res.statusCode < 300 ? actorIdOf((body as { token?: unknown } | undefined)?.token) : null
    if (!actorId) return send(body)
    settle(req, actorId)
      .then((revoked) => {
        if (!revoked) return send(body)
        res.status(401)
        // The portal words the reason in the person's language from the problem code.
        send({ type: "unauthorized", message: ACCESS_REVOKED, problems: [{ code: "access_revoked" }] })
      })
      .catch((error) => {
        // Never let a sign-in through unchecked: a failed lookup is a 503 to retry.
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Checking a coordinator sign-in failed: ${error}`)
        res.status(503)
        send({ type: "unexpected_state", message: "Coba masuk lagi sebentar lagi. / Please try signing in again shortly." })
      })
    return res
  }
  next()
}

/** true when the coordinator's access was revoked; otherwise records the sign-in. */
async function settle(req: MedusaRequest, actorId: string): Promise<boolean> {
  const {
    data: [coordinator],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "coordinator", fields: ["id", "status"], filters: { id: actorId } })
  if (!coordinator) return false
  if (coordinator.status !== "active") return true
  await recordCoordinatorLoginWorkflow(req.scope).run({ input: { id: actorId, at: new Date() } })
  return false
}
