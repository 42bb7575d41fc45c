"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { login } from "@/lib/data/auth-actions"
import type { FormState } from "@/lib/data/form-state"
import { FormNotice } from "./form-notice"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { TextField } from "./text-field"
import { useFocusFirstError } from "./use-focus-first-error"

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("AccountForm")
  const [state, action] = useActionState(login, {} as FormState)
  const formRef = useFocusFirstError(state)
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      {state.message && <FormNotice tone="error">{t(`messages.${state.message}` as "messages.invalidLogin")}</FormNotice>}
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label={t("fields.email")}
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <TextField name="password" type="password" autoComplete="current-password" label={t("fields.password")} error={state.errors?.password} />
      <div className="flex flex-col items-start gap-3 sm:flex-row sm:items-center sm:justify-between">
        <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.login")}</SubmitButton>
        <Link href="/account/forgot-password" className="text-maroon underline underline-offset-4">
          {t("actions.forgotLink")}
        </Link>
      </div>
    </form>
  )
}
