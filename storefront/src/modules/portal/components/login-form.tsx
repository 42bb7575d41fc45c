"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { coordinatorLogin } from "@/lib/data/coordinator/auth-actions"
import type { FormState } from "@/lib/data/form-state"
import { useFocusFirstError } from "@/modules/account/components/use-focus-first-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { Field } from "./field"
import { FormMessage } from "./form-message"

export function CoordinatorLoginForm({ next }: { next?: string }) {
  const t = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(coordinatorLogin, {} as FormState)
  const formRef = useFocusFirstError(state)
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      <FormMessage state={state} />
      <Field name="email" type="email" autoComplete="username" label={t("fields.email")} defaultValue={state.values?.email} error={state.errors?.email} />
      <Field name="password" type="password" autoComplete="current-password" label={t("fields.password")} error={state.errors?.password} />
      <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.login")}</SubmitButton>
    </form>
  )
}
