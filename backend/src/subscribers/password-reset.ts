import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendPasswordReset, type PasswordResetEvent } from "../lib/notifications/send-password-reset"

/**
 * Emails a customer the storefront link to set a new password. Only customers:
 * operators (actor "user") are few and reset through an administrator.
 */
export default async function passwordResetHandler({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  if (event.data.actor_type !== "customer") return
  // npm start and docker compose set it; the default is the storefront of `npm run dev`.
  const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
  await sendPasswordReset(container, event.data, storefrontUrl)
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
  context: { subscriberId: "password-reset-email" },
}
