import Medusa from "@medusajs/js-sdk"
import type { Translate } from "./i18n"

// The admin runs on the server that serves it (/app), so "/" reaches the API
// with the operator's session cookie; VITE_BACKEND_URL only when hosted apart.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/** The message a person can act on from a failed request (the API's `message`), else a general one in the Admin's language. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof Error && error.message) return error.message
  return t("common.error")
}
