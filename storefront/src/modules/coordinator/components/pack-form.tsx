"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { packLines } from "@/lib/data/coordinator/order-actions"
import type { FormState } from "@/lib/data/form-state"
import type { OrderLine } from "@/lib/types/coordinator"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { Field } from "@/modules/portal/components/field"
import { FormMessage } from "@/modules/portal/components/form-message"

/** Packs the cohort's open lines of one order: quantities default to all that is open. */
export function PackForm({ orderId, cohortId, lines }: { orderId: string; cohortId: string; lines: OrderLine[] }) {
  const t = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(packLines, {} as FormState)
  const open = lines.filter((l) => l.packed < l.quantity)
  if (!open.length) return null
  const e = state.errors ?? {}
  return (
    <form action={action} className="flex flex-col gap-3 rounded-md border border-line p-3" noValidate>
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="cohort_id" value={cohortId} />
      <FormMessage state={state} />
      <p className="font-semibold">{t("sections.pack")}</p>
      {open.map((line, i) => (
        <div key={line.id}>
          <input type="hidden" name={`items.${i}.line_item_id`} value={line.id} />
          <input type="hidden" name={`items.${i}.open`} value={line.quantity - line.packed} />
          <Field
            name={`items.${i}.quantity`}
            id={`pack-${orderId}-${line.id}`}
            label={t("fields.packQuantity", { title: `${line.title}${line.variantTitle ? ` · ${line.variantTitle}` : ""}`, open: line.quantity - line.packed })}
            inputMode="numeric"
            defaultValue={state.values?.[`items.${i}.quantity`] ?? String(line.quantity - line.packed)}
            error={e[`items.${i}.quantity`]}
          />
        </div>
      ))}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="carrier" id={`carrier-${orderId}`} label={t("fields.carrier")} hint={t("hints.carrier")} optional defaultValue={state.values?.carrier} error={e.carrier} />
        <Field
          name="tracking_number"
          id={`tracking-${orderId}`}
          label={t("fields.tracking_number")}
          optional
          autoComplete="off"
          defaultValue={state.values?.tracking_number}
          error={e.tracking_number}
        />
      </div>
      <SubmitButton pendingLabel={t("actions.saving")}>{t("actions.pack")}</SubmitButton>
    </form>
  )
}
