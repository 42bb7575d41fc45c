import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PASSWORD_RESET_TEMPLATE, passwordResetUrl, renderPasswordReset } from "./password-reset"

/** Each reset request has its own token; the same event delivered twice has the same one. */
export const passwordResetKey = (token: string) =>
  `password-reset:${createHash("sha256").update(token).digest("hex").slice(0, 32)}`

export type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

/** Emails a customer the storefront link that sets a new password with this token. */
export async function sendPasswordReset(
  container: MedusaContainer,
  { entity_id: email, token }: PasswordResetEvent,
  storefrontUrl: string
) {
  const url = passwordResetUrl(storefrontUrl, token, email)
  return container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: PASSWORD_RESET_TEMPLATE,
    content: renderPasswordReset(url),
    // The token stays out of `data`: notification records are listed in Medusa Admin.
    data: { email, reset_url_base: new URL("/akun/atur-ulang-sandi", storefrontUrl).toString() },
    trigger_type: "auth.password_reset",
    resource_type: "customer",
    idempotency_key: passwordResetKey(token),
  })
}
