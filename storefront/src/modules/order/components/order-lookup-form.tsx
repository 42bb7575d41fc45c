"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { FormState } from "@/lib/data/form-state"
import { lookupOrder } from "@/lib/data/order-lookup"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { TextField } from "@/modules/account/components/text-field"
import { useFocusFirstError } from "@/modules/account/components/use-focus-first-error"

/** Order number and email: a guest's key to their order. */
export function OrderLookupForm() {
  const t = useTranslations("AccountForm")
  const [state, action] = useActionState(lookupOrder, {} as FormState)
  const formRef = useFocusFirstError(state)
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      <TextField
        name="order_number"
        inputMode="numeric"
        autoComplete="off"
        label={t("fields.order_number")}
        hint={t("hints.order_number")}
        defaultValue={state.values?.order_number}
        error={state.errors?.order_number}
      />
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label={t("fields.email")}
        hint={t("hints.lookupEmail")}
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.lookup")}</SubmitButton>
    </form>
  )
}
