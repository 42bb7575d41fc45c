import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendPasswordResetWorkflow } from "../workflows/notifications/send-password-reset"
import { emailLocale, storefrontBase } from "../workflows/notifications/templates/email-locale"

/**
 * What Medusa's auth module emits on a reset request: the account's email as
 * entity_id, and the request's `metadata`, where the storefront puts the
 * language the shopper asked in (`locale`).
 */
type PasswordResetEvent = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

/**
 * Emails a customer the storefront link to set a new password, in the language
 * of the page the reset was requested on. Only customers: operators (actor
 * "user") are few and reset through an administrator.
 */
export default async function passwordResetHandler({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  if (event.data.actor_type !== "customer") return
  await sendPasswordResetWorkflow(container).run({
    input: {
      email: event.data.entity_id,
      token: event.data.token,
      storefront_url: storefrontBase(),
      locale: emailLocale(event.data.metadata?.locale),
    },
  })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
  context: { subscriberId: "password-reset-email" },
}
