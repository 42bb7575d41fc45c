"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { recordBatch } from "@/lib/data/coordinator/batch-actions"
import type { FormState } from "@/lib/data/form-state"
import type { Participant } from "@/lib/types/coordinator"
import type { ProductChoices } from "@/modules/coordinator/batch-choices"
import { useFocusFirstError } from "@/modules/account/components/use-focus-first-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { Field, Select } from "@/modules/portal/components/field"
import { FormMessage } from "@/modules/portal/components/form-message"

type Props = { cohortId: string; products: ProductChoices[]; participants: Participant[]; today: string }

const fieldset = "flex flex-col gap-4 rounded-lg border border-line bg-white p-4"

/** What was made (variant, quantity, code, dates) and who made it, in units or hours. */
export function BatchForm({ cohortId, products, participants, today }: Props) {
  const t = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(recordBatch, {} as FormState)
  const formRef = useFocusFirstError(state)
  const v = state.values ?? {}
  const e = state.errors ?? {}
  const active = participants.filter((p) => p.active)
  const rows = Math.max(3, Math.min(active.length, 10))
  const measure = v.measure ?? "units"
  return (
    <form key={state.attempt ?? 0} ref={formRef} action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="cohort_id" value={cohortId} />
      <FormMessage state={state} />
      <fieldset className={fieldset}>
        <legend className="mb-3 font-serif text-xl font-semibold">{t("sections.batch")}</legend>
        <Select name="variant_id" label={t("fields.variant")} defaultValue={v.variant_id ?? ""} error={e.variant_id}>
          <option value="">{t("choose")}</option>
          {products.map((p) => (
            <optgroup key={p.product} label={p.product}>
              {p.variants.map((variant) => (
                <option key={variant.id} value={variant.id}>
                  {variant.label}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="quantity" label={t("fields.quantity")} inputMode="numeric" defaultValue={v.quantity} error={e.quantity} />
          <Field name="batch_code" label={t("fields.batch_code")} hint={t("hints.batch_code")} autoComplete="off" defaultValue={v.batch_code} error={e.batch_code} />
          <Field name="production_date" type="date" max={today} label={t("fields.production_date")} defaultValue={v.production_date ?? today} error={e.production_date} />
          <Field name="expiry_date" type="date" label={t("fields.expiry_date")} hint={t("hints.expiry_date")} optional defaultValue={v.expiry_date} error={e.expiry_date} />
        </div>
      </fieldset>
      <fieldset className={fieldset}>
        <legend className="mb-3 font-serif text-xl font-semibold">{t("sections.contributions")}</legend>
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-1 text-sm font-semibold">{t("fields.measure")}</legend>
          {(["units", "hours"] as const).map((m) => (
            <label key={m} className="flex items-center gap-2">
              <input type="radio" name="measure" value={m} defaultChecked={measure === m} className="h-4 w-4" />
              {t(`measures.${m}`)}
            </label>
          ))}
        </fieldset>
        {active.length ? null : <p className="text-red-800">{t("noParticipants")}</p>}
        <ol className="flex flex-col gap-3">
          {Array.from({ length: rows }, (_, i) => {
            const name = (f: string) => `contributions.${i}.${f}`
            return (
              <li key={i} className="grid gap-3 sm:grid-cols-[2fr_1fr]">
                <Select name={name("participant_id")} label={t("fields.participant", { number: i + 1 })} optional={i > 0} defaultValue={v[name("participant_id")] ?? ""} error={e[name("participant_id")]}>
                  <option value="">{t("choose")}</option>
                  {active.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.displayName ? `${p.code} · ${p.displayName}` : p.code}
                    </option>
                  ))}
                </Select>
                <Field name={name("amount")} label={t("fields.amount")} inputMode="decimal" optional={i > 0} defaultValue={v[name("amount")]} error={e[name("amount")]} />
              </li>
            )
          })}
        </ol>
      </fieldset>
      <SubmitButton pendingLabel={t("actions.saving")}>{t("actions.recordBatch")}</SubmitButton>
    </form>
  )
}
