"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { consignBatch } from "@/lib/data/coordinator/consignment-actions"
import type { FormState } from "@/lib/data/form-state"
import { useFocusFirstError } from "@/modules/account/components/use-focus-first-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { Field, Select } from "@/modules/portal/components/field"
import { FormMessage } from "@/modules/portal/components/form-message"

/** Consign some of a batch's remaining units to a partner outlet. */
export function ConsignForm({ batchId, remaining, outlets }: { batchId: string; remaining: number; outlets: { id: string; name: string }[] }) {
  const t = useTranslations("CoordinatorConsignment")
  const form = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(consignBatch, {} as FormState)
  const formRef = useFocusFirstError(state)
  return (
    <form ref={formRef} action={action} key={state.attempt ?? 0} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="batch_id" value={batchId} />
      <FormMessage state={state} />
      <Select name="outlet_id" label={t("outlet")} defaultValue={state.values?.outlet_id ?? ""} error={state.errors?.outlet_id}>
        <option value="">{form("choose")}</option>
        {outlets.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Select>
      <Field name="quantity" type="number" min={1} max={remaining} label={t("quantity", { remaining })} defaultValue={state.values?.quantity} error={state.errors?.quantity} />
      <div>
        <SubmitButton pendingLabel={form("actions.saving")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  )
}
