import type { FieldErrors } from "@/lib/validation/account"

/**
 * What a form's server action answers: error keys per field, what
 * was typed (to fill the form again), and one message key for the whole form.
 * Keys are translated where the form renders, in the visitor's language
 * ("AccountForm.*" for account forms, "CoordinatorForm.*" for the portal's).
 */
export type FormState<Field extends string = string> = {
  errors?: FieldErrors<Field>
  values?: Record<string, string>
  /** A key under "AccountForm.messages" (or "CoordinatorForm.messages"). */
  message?: string
  /** The backend's own words when it refused (the portal shows them under the message). */
  detail?: string
  /** True once the action has done what was asked (for forms that stay on the page). */
  done?: boolean
  /**
   * Counts failed submissions. A form keyed on it is rebuilt with what was
   * typed: React resets a form after its action, and a <select> would fall
   * back to its first default, not the one chosen.
   */
  attempt?: number
}
