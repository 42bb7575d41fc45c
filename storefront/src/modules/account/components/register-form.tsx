"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { register } from "@/lib/data/auth-actions"
import type { FormState } from "@/lib/data/form-state"
import { FormNotice } from "./form-notice"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { TextField } from "./text-field"
import { useFocusFirstError } from "./use-focus-first-error"

export function RegisterForm({ next, initial }: { next?: string; initial?: Record<string, string> }) {
  const t = useTranslations("AccountForm")
  const [state, action] = useActionState(register, { values: initial } as FormState)
  const formRef = useFocusFirstError(state)
  const value = (name: string) => state.values?.[name]
  // The same answer for every address: the email tells a new one how to finish, a known one how to log in.
  if (state.done) return <FormNotice tone="success">{t("messages.registerCheckEmail", { email: state.values?.email ?? "" })}</FormNotice>
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      {state.message && <FormNotice tone="error">{t(`messages.${state.message}` as "messages.registerFailed")}</FormNotice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="first_name" autoComplete="given-name" label={t("fields.first_name")} defaultValue={value("first_name")} error={state.errors?.first_name} />
        <TextField
          name="last_name"
          autoComplete="family-name"
          optional
          label={t("fields.last_name")}
          defaultValue={value("last_name")}
          error={state.errors?.last_name}
        />
      </div>
      <TextField name="email" type="email" autoComplete="email" label={t("fields.email")} defaultValue={value("email")} error={state.errors?.email} />
      <TextField
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        optional
        label={t("fields.phone")}
        hint={t("hints.phone")}
        defaultValue={value("phone")}
        error={state.errors?.phone}
      />
      <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.register")}</SubmitButton>
    </form>
  )
}
