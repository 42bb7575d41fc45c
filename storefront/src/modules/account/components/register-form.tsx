"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { register } from "@/lib/data/auth-actions"
import type { FormState } from "@/lib/data/form-state"
import { PASSWORD_MIN } from "@/lib/validation/account"
import { FormNotice } from "./form-notice"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { TextField } from "./text-field"
import { useFocusFirstError } from "./use-focus-first-error"

export function RegisterForm({ next }: { next?: string }) {
  const t = useTranslations("AccountForm")
  const [state, action] = useActionState(register, {} as FormState)
  const formRef = useFocusFirstError(state)
  const value = (name: string) => state.values?.[name]
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
      {state.errors?.email === "emailTaken" && (
        <p className="-mt-2 flex flex-wrap gap-x-4 text-sm">
          <Link href="/account/login" className="font-semibold text-maroon underline underline-offset-4">
            {t("actions.login")}
          </Link>
          <Link href="/account/forgot-password" className="font-semibold text-maroon underline underline-offset-4">
            {t("actions.forgotLink")}
          </Link>
        </p>
      )}
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
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        label={t("fields.password")}
        hint={t("hints.password", { min: PASSWORD_MIN })}
        error={state.errors?.password}
      />
      <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.register")}</SubmitButton>
    </form>
  )
}
