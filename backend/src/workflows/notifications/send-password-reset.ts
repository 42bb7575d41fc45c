import { createHash } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { EmailLocale } from "./templates/email-locale"
import { PASSWORD_RESET_TEMPLATE, passwordResetUrl, renderPasswordReset } from "./templates/password-reset"

/** Each reset request has its own token; the same event delivered twice has the same one. */
export const passwordResetKey = (token: string) =>
  `password-reset:${createHash("sha256").update(token).digest("hex").slice(0, 32)}`

export type SendPasswordResetInput = { email: string; token: string; storefront_url: string; locale: EmailLocale }

/** Emails a customer, in the language of the request, the storefront link that sets a new password with this token (once per token). */
export const sendPasswordResetWorkflow = createWorkflow("send-password-reset", (input: SendPasswordResetInput) => {
  const notifications = transform({ input }, ({ input }) => [
    {
      to: input.email,
      channel: "email",
      template: PASSWORD_RESET_TEMPLATE,
      content: renderPasswordReset(passwordResetUrl(input.storefront_url, input.token, input.email, input.locale), input.locale),
      // The token stays out of `data`: notification records are listed in Medusa Admin.
      data: { email: input.email, locale: input.locale },
      trigger_type: "auth.password_reset",
      resource_type: "customer",
      idempotency_key: passwordResetKey(input.token),
    },
  ])
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
