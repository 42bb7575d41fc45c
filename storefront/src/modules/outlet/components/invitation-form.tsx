"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { acceptOutletInvitation } from "@/lib/data/outlet/actions"
import type { FormState } from "@/lib/data/form-state"
import { PASSWORD_MIN } from "@/lib/validation/portal-auth"
import { useFocusFirstError } from "@/modules/account/components/use-focus-first-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { Field } from "@/modules/coordinator/components/field"
import { OutletFormMessage } from "./form-message"

/** Name and password for an invited outlet buyer; the email comes from the invitation. */
export function OutletInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(acceptOutletInvitation, {} as FormState)
  const formRef = useFocusFirstError(state)
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <OutletFormMessage state={state} />
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
