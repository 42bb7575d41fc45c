"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { FormState } from "@/lib/data/form-state"
import { PASSWORD_MIN } from "@/lib/validation/account"
import { useFocusFirstError } from "@/modules/account/components/use-focus-first-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import type { Portal, PortalFormAction } from "../portal"
import { Field } from "./field"
import { FormMessage } from "./form-message"

type Props = {
  token: string
  email: string
  /** The portal's server action that accepts the invitation and logs the person in. */
  accept: PortalFormAction
  /** Whose words a refusal is told in. */
  messages: Portal["words"]["form"]
}

/** Name and password for an invited coordinator or outlet buyer; the email comes from the invitation and is shown, not typed. */
export function InvitationForm({ token, email, accept, messages }: Props) {
  const t = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(accept, {} as FormState)
  const formRef = useFocusFirstError(state)
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormMessage state={state} namespace={messages} />
      <Field name="name" autoComplete="name" label={t("fields.name")} defaultValue={state.values?.name} error={state.errors?.name} />
      <Field
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("fields.newPassword")}
        hint={t("hints.password", { min: PASSWORD_MIN })}
        error={state.errors?.password}
      />
      <Field name="password_confirm" type="password" autoComplete="new-password" label={t("fields.password_confirm")} error={state.errors?.password_confirm} />
      <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.acceptInvite")}</SubmitButton>
    </form>
  )
}
