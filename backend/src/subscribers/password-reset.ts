import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendPasswordResetWorkflow } from "../workflows/notifications/send-password-reset"

/** What Medusa's auth module emits on a reset request: the account's email as entity_id. */
type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

/**
 * Emails a customer the storefront link to set a new password. Only customers:
 * operators (actor "user") are few and reset through an administrator.
 */
export default async function passwordResetHandler({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  if (event.data.actor_type !== "customer") return
  // npm start and docker compose set it; the default is the storefront of `npm run dev`.
  const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
  await sendPasswordResetWorkflow(container).run({
    input: { email: event.data.entity_id, token: event.data.token, storefront_url: storefrontUrl },
  })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
  context: { subscriberId: "password-reset-email" },
}
