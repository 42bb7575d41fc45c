import type { ProviderSendNotificationDTO } from "@medusajs/framework/types"

type Notification = Pick<ProviderSendNotificationDTO, "to" | "template" | "channel" | "content" | "data">

/** `2026-11-22T10-15-30-123Z_order-confirmation_budi-at-example.test.txt`: sorts by time, says what and to whom. */
export function outboxFileName(notification: Notification, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, "-")
  const slug = (s: string) => s.toLowerCase().replace(/@/g, "-at-").replace(/[^a-z0-9.-]+/g, "-").slice(0, 60)
  return `${stamp}_${slug(notification.template)}_${slug(notification.to)}.txt`
}

/** The email as a person would read it: headers, then the text body (or the data, when no text was rendered). */
export function renderOutboxFile(notification: Notification): string {
  const subject = notification.content?.subject ?? notification.template
  const body = notification.content?.text ?? JSON.stringify(notification.data ?? {}, null, 2)
  return [
    `Kepada: ${notification.to}`,
    `Saluran: ${notification.channel}`,
    `Templat: ${notification.template}`,
    `Subjek: ${subject}`,
    "",
    body.trimEnd(),
    "",
  ].join("\n")
}
