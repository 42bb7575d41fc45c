"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveContact } from "@/lib/data/checkout-actions"
import type { StepState } from "@/lib/types/checkout"
import { StepError } from "./step-error"
import { SubmitButton } from "@/modules/common/components/submit-button"

export function ContactForm({ email }: { email: string }) {
  const t = useTranslations("Checkout")
  const [state, action, pending] = useActionState(saveContact, { attempt: 0 } satisfies StepState)
  const invalid = state.error?.key === "email"
  return (
    <form key={state.attempt} action={action} noValidate className="space-y-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="email" className="text-sm font-semibold">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email ?? email}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? "email-hint email-error" : "email-hint"}
          className={`rounded-md border-2 bg-white px-3 py-2 ${invalid ? "border-red-700" : "border-line"}`}
        />
        <p id="email-hint" className="text-xs text-muted">
          {t("emailHint")}
        </p>
        {invalid ? (
          <p id="email-error" role="alert" className="text-sm font-semibold text-red-800">
            {t("errors.email")}
          </p>
        ) : null}
      </div>
      {!invalid ? <StepError error={state.error} /> : null}
      <SubmitButton pending={pending} pendingLabel={t("saving")}>{t("continue")}</SubmitButton>
    </form>
  )
}
