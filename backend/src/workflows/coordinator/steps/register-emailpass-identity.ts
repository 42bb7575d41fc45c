import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RegisterEmailpassIdentityInput = { email: string; password: string }

/**
 * A new emailpass auth identity for the email. An email that already signs in
 * somewhere (a shopper account, say) is refused: its password isn't ours to set,
 * and one identity serving two actors would mix their sessions.
 */
export const registerEmailpassIdentityStep = createStep(
  "register-emailpass-identity",
  async (input: RegisterEmailpassIdentityInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [existing] = await auth.listProviderIdentities({ entity_id: input.email, provider: "emailpass" })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "Email ini sudah dipakai untuk akun lain. Minta operator mengirim undangan ke alamat email lain."
      )
    }
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    })
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? "Akun tidak dapat dibuat")
    }
    return new StepResponse(authIdentity, authIdentity.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([id])
  }
)
