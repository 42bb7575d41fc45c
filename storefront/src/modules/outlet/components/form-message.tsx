import { useTranslations } from "next-intl"
import type { FormState } from "@/lib/data/form-state"
import { FormNotice } from "@/modules/account/components/form-notice"

/** A refused login or invitation, in the outlet portal's words, with the backend's own beneath it. */
export function OutletFormMessage({ state }: { state: FormState }) {
  const t = useTranslations("OutletForm")
  if (!state.message && !state.detail) return null
  return (
    <FormNotice tone="error">
      {state.message ? t(`messages.${state.message}` as "messages.invalidLogin") : null}
      {state.detail ? <span className="mt-1 block text-sm">{state.detail}</span> : null}
    </FormNotice>
  )
}
