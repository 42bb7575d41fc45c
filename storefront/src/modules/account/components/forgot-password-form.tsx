"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { requestPasswordReset } from "@/lib/data/auth-actions"
import type { FormState } from "@/lib/data/form-state"
import { FormNotice } from "./form-notice"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { TextField } from "./text-field"
import { useFocusFirstError } from "./use-focus-first-error"

export function ForgotPasswordForm() {
  const t = useTranslations("AccountForm")
  const [state, action] = useActionState(requestPasswordReset, {} as FormState)
  const formRef = useFocusFirstError(state)
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      {state.done && <FormNotice tone="success">{t("messages.resetRequested")}</FormNotice>}
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label={t("fields.email")}
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.sendResetLink")}</SubmitButton>
    </form>
  )
}
