"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { FormState } from "@/lib/data/form-state"
import { useFocusFirstError } from "@/modules/account/components/use-focus-first-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import type { Portal, PortalFormAction } from "../portal"
import { Field } from "./field"
import { FormMessage } from "./form-message"

type Props = {
  /** The portal's login action: a coordinator's, or an outlet buyer's (a Medusa customer in the outlet's group). */
  login: PortalFormAction
  /** Whose words a refused login is told in; the fields' labels are CoordinatorForm's in both portals. */
  messages: Portal["words"]["form"]
  next?: string
}

/** Email and password of a portal's person. */
export function LoginForm({ login, messages, next }: Props) {
  const t = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(login, {} as FormState)
  const formRef = useFocusFirstError(state)
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      <FormMessage state={state} namespace={messages} />
      <Field name="email" type="email" autoComplete="username" label={t("fields.email")} defaultValue={state.values?.email} error={state.errors?.email} />
      <Field name="password" type="password" autoComplete="current-password" label={t("fields.password")} error={state.errors?.password} />
      <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.login")}</SubmitButton>
    </form>
  )
}
