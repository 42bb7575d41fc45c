"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { updateProfile } from "@/lib/data/account-actions"
import type { FormState } from "@/lib/data/form-state"
import { FormNotice } from "./form-notice"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { TextField } from "./text-field"
import { useFocusFirstError } from "./use-focus-first-error"

type Props = { defaults: { first_name: string; last_name: string; phone: string }; back: string }

export function ProfileForm({ defaults, back }: Props) {
  const t = useTranslations("AccountForm")
  const [state, action] = useActionState(updateProfile, {} as FormState)
  const formRef = useFocusFirstError(state)
  // After a failed save, show what was typed; after a good one, what is now saved.
  const value = (name: keyof Props["defaults"]) => state.values?.[name] ?? defaults[name]
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="back" value={back} />
      {state.done && state.message && <FormNotice tone="success">{t(`messages.${state.message}` as "messages.profileSaved")}</FormNotice>}
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
      <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.saveProfile")}</SubmitButton>
    </form>
  )
}
