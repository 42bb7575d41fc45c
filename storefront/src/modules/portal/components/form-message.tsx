import { useTranslations } from "next-intl"
import type { FormState } from "@/lib/data/form-state"
import { FormNotice } from "@/modules/account/components/form-notice"
import type { Portal } from "../portal"

/**
 * A refused form's message, with the backend's own words beneath it when it
 * gave some. The outlet portal's login and invitation say it in OutletForm's words.
 */
export function FormMessage({ state, namespace = "CoordinatorForm" }: { state: FormState; namespace?: Portal["words"]["form"] }) {
  const t = useTranslations(namespace)
  if (!state.message && !state.detail) return null
  return (
    <FormNotice tone="error">
      {state.message ? t(`messages.${state.message}` as "messages.invalidLogin") : null}
      {state.detail ? <span className="mt-1 block text-sm">{state.detail}</span> : null}
    </FormNotice>
  )
}
