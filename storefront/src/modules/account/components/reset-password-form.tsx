"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { resetPassword } from "@/lib/data/auth-actions"
import type { FormState } from "@/lib/data/form-state"
import { PASSWORD_MIN } from "@/lib/validation/account"
import { FormNotice } from "./form-notice"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { TextField } from "./text-field"
import { useFocusFirstError } from "./use-focus-first-error"

/** The new password, twice; the token and email come from the emailed link. */
export function ResetPasswordForm({ email, token }: { email: string; token: string }) {
  const t = useTranslations("AccountForm")
  const [state, action] = useActionState(resetPassword, {} as FormState)
  const formRef = useFocusFirstError(state)
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      {state.message && (
        <FormNotice tone="error">
          {t(`messages.${state.message}` as "messages.resetLinkInvalid")}{" "}
          <Link href="/account/forgot-password" className="font-semibold underline underline-offset-4">
            {t("actions.requestNewLink")}
          </Link>
        </FormNotice>
      )}
      {/* A hidden username lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        label={t("fields.newPassword")}
        hint={t("hints.password", { min: PASSWORD_MIN })}
        error={state.errors?.password}
      />
      <TextField
        name="password_confirm"
        type="password"
        autoComplete="new-password"
        label={t("fields.password_confirm")}
        error={state.errors?.password_confirm}
      />
      <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.setPassword")}</SubmitButton>
    </form>
  )
}
