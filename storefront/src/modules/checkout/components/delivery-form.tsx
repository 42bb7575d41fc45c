"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveDelivery } from "@/lib/data/checkout-actions"
import type { DeliveryOption, StepState } from "@/lib/types/checkout"
import { formatRupiah } from "@/lib/util/money"
import { StepError } from "./step-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import type { StorePickupOutlet } from "@karya-binaan/contract"
import { PickupOutletChoice } from "@/modules/pickup/pickup-outlet-choice"

type Props = { options: DeliveryOption[]; selectedId: string | null; outlets?: StorePickupOutlet[]; selectedOutletId?: string | null }

export function DeliveryForm({ options, selectedId, outlets = [], selectedOutletId = null }: Props) {
  const t = useTranslations("Checkout")
  const [state, action, pending] = useActionState(saveDelivery, { attempt: 0 } satisfies StepState)
  if (!options.length) return <p role="alert">{t("noDelivery")}</p>
  const invalid = state.error?.key === "option"
  const chosen = state.values?.option_id ?? selectedId
  return (
    // The outlet list shows while the pickup option is checked (CSS :has, so also without JavaScript).
    <form key={state.attempt} action={action} noValidate className="space-y-4 [&:has(input[data-pickup]:checked)_[data-pickup-outlets]]:block">
      <fieldset aria-describedby={invalid ? "delivery-error" : undefined} aria-invalid={invalid ? true : undefined}>
        <legend className="mb-2 text-sm font-semibold">{t("deliveryLegend")}</legend>
        <div className="space-y-2">
          {options.map((option) => (
            <label key={option.id} className="flex cursor-pointer gap-3 rounded-md border-2 border-line bg-white p-3 has-checked:border-maroon">
              <input
                type="radio"
                name="option_id"
                value={option.id}
                defaultChecked={option.id === chosen}
                required
                className="mt-1 accent-maroon"
                data-pickup={option.pickup ? "" : undefined}
              />
              <span className="flex-1">
                <span className="flex justify-between gap-3 font-semibold">
                  <span>{option.name}</span>
                  <span className="tabular-nums">{option.amount === 0 ? `${formatRupiah(0)} · ${t("free")}` : formatRupiah(option.amount)}</span>
                </span>
                {option.description ? <span className="block text-sm text-muted">{option.description}</span> : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {outlets.length && options.some((o) => o.pickup) ? (
        <PickupOutletChoice outlets={outlets} selectedId={selectedOutletId} invalid={state.error?.key === "pickupOutlet"} />
      ) : null}
      <StepError error={state.error} id={invalid ? "delivery-error" : undefined} />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>{t("continue")}</SubmitButton>
    </form>
  )
}
