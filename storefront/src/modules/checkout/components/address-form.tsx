"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveAddress } from "@/lib/data/checkout-actions"
import type { StepState } from "@/lib/types/checkout"
import type { AddressInput } from "@/lib/validation/address"
import { AddressFields } from "@/modules/address/components/address-fields"
import { StepError } from "./step-error"
import { SubmitButton } from "@/modules/common/components/submit-button"

export function AddressForm({ defaults }: { defaults: Partial<AddressInput> }) {
  const t = useTranslations("Checkout")
  const [state, action, pending] = useActionState(saveAddress, { attempt: 0 } satisfies StepState)
  return (
    <form key={state.attempt} action={action} noValidate className="space-y-4">
      <p className="text-sm text-muted">{t("addressIntro")}</p>
      <AddressFields defaults={state.values ?? defaults} errors={state.addressErrors} />
      <StepError error={state.error} />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>{t("continue")}</SubmitButton>
    </form>
  )
}
