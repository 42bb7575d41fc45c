import { hasLocale } from "next-intl"
import { routing, type AppLocale } from "@/i18n/routing"
import type { FieldErrors } from "@/lib/validation/account"

/**
 * What an account form's server action answers: error keys per field, what
 * was typed (to fill the form again), and one message key for the whole form.
 * Keys are translated where the form renders, in the visitor's language.
 */
export type FormState<Field extends string = string> = {
  errors?: FieldErrors<Field>
  values?: Record<string, string>
  /** A key under "AccountForm.messages". */
  message?: string
  /** True once the action has done what was asked (for forms that stay on the page). */
  done?: boolean
}

/**
 * The language a form was sent in. Server actions cannot read the [locale]
 * root param, so every account form posts it as a hidden field.
 */
export function formLocale(form: FormData): AppLocale {
  const value = form.get("locale")
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale
}
