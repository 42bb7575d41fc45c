"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { confirmRegistration } from "@/lib/data/auth-actions"
import type { FormState } from "@/lib/data/form-state"
import { PASSWORD_MIN } from "@/lib/validation/account"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { FormNotice } from "./form-notice"
import { TextField } from "./text-field"
import { useFocusFirstError } from "./use-focus-first-error"

const linkClass = "font-semibold underline underline-offset-4"

/** The password that finishes a registration; the emailed token travels in the form. */
export function ConfirmRegistrationForm({ email, token }: { email: string; token: string }) {
  const t = useTranslations("AccountForm")
  const [state, action] = useActionState(confirmRegistration, {} as FormState)
  const formRef = useFocusFirstError(state)
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {state.message && (
        <FormNotice tone="error">
          {t(`messages.${state.message}` as "messages.registerLinkInvalid")}{" "}
          {state.message === "registerAlreadyDone" ? (
            <Link href="/account/login" className={linkClass}>
              {t("actions.login")}
            </Link>
          ) : (
            <Link href="/account/register" className={linkClass}>
              {t("actions.registerAgain")}
            </Link>
          )}
        </FormNotice>
      )}
      {/* A hidden username lets password managers file the password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        label={t("fields.password")}
        hint={t("hints.password", { min: PASSWORD_MIN })}
        error={state.errors?.password}
      />
      <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.finishRegistration")}</SubmitButton>
    </form>
  )
}
