"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { placeOrder } from "@/lib/data/checkout-actions"
import type { StepState } from "@/lib/types/checkout"
import { StepError } from "./step-error"
import { SubmitButton } from "@/modules/common/components/submit-button"

/** Bank transfer: one plain form post places the order. */
export function PlaceOrderForm() {
  const t = useTranslations("Checkout")
  const [state, action, pending] = useActionState(placeOrder, { attempt: 0 } satisfies StepState)
  return (
    <form action={action} className="space-y-4">
      <StepError error={state.error} />
      <SubmitButton pending={pending} pendingLabel={t("placing")}>{t("placeOrder")}</SubmitButton>
    </form>
  )
}
