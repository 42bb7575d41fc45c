"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { savePayment } from "@/lib/data/checkout-actions"
import type { StepState } from "@/lib/types/checkout"
import type { PaymentOption } from "@/lib/util/payment-options"
import { MethodName } from "@/modules/payment/components/method-name"
import { StepError } from "./step-error"
import { SubmitButton } from "@/modules/common/components/submit-button"

export function PaymentForm({ options, selectedId }: { options: PaymentOption[]; selectedId: string | null }) {
  const t = useTranslations("Checkout")
  const [state, action, pending] = useActionState(savePayment, { attempt: 0 } satisfies StepState)
  if (!options.length) return <p role="alert">{t("noPayment")}</p>
  const invalid = state.error?.key === "payment"
  return (
    <form key={state.attempt} action={action} noValidate className="space-y-4">
      <fieldset aria-describedby={invalid ? "payment-error" : undefined} aria-invalid={invalid ? true : undefined}>
        <legend className="mb-2 text-sm font-semibold">{t("paymentLegend")}</legend>
        <div className="space-y-2">
          {options.map((option) => (
            <label key={option.providerId} className="flex cursor-pointer gap-3 rounded-md border-2 border-line bg-white p-3 has-checked:border-maroon">
              <input
                type="radio"
                name="provider_id"
                value={option.providerId}
                defaultChecked={option.providerId === selectedId || options.length === 1}
                required
                className="mt-1 accent-maroon"
              />
              <MethodName kind={option.kind} />
            </label>
          ))}
        </div>
      </fieldset>
      <StepError error={state.error} id={invalid ? "payment-error" : undefined} />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>{t("continue")}</SubmitButton>
    </form>
  )
}
