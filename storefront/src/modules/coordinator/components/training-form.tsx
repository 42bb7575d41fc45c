"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { recordTraining } from "@/lib/data/coordinator/training-actions"
import type { FormState } from "@/lib/data/form-state"
import { SKILL_LINES, TRAINING_KINDS } from "@/lib/validation/coordinator/training"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { Field, Select } from "@/modules/portal/components/field"
import { FormMessage } from "@/modules/portal/components/form-message"

type Props = { cohortId: string; codes: string[]; today: string }

/** Records a training or study visit: what, when, where, by whom, how long, and who of the cohort attended. */
export function TrainingForm({ cohortId, codes, today }: Props) {
  const t = useTranslations("CoordinatorTrainings")
  const terms = useTranslations("ImpactTerms")
  const form = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(recordTraining, {} as FormState)
  const v = state.values ?? {}
  const ticked = new Set((v.participant_codes ?? "").split(",").filter(Boolean))
  const attendeesError = state.errors?.participant_codes
  return (
    // Keyed on the attempt: React resets a form after its action, and the selects would forget their choice.
    <form key={state.attempt ?? 0} action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      <input type="hidden" name="cohort_id" value={cohortId} />
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <Select name="kind" label={t("fields.kind")} defaultValue={v.kind ?? "training"} error={state.errors?.kind}>
        {TRAINING_KINDS.map((k) => (
          <option key={k} value={k}>
            {terms(`kind.${k}`)}
          </option>
        ))}
      </Select>
      <Select name="skill_line" label={t("fields.skill_line")} defaultValue={v.skill_line ?? ""} error={state.errors?.skill_line}>
        <option value="" disabled>
          —
        </option>
        {SKILL_LINES.map((s) => (
          <option key={s} value={s}>
            {terms(`skillLine.${s}`)}
          </option>
        ))}
      </Select>
      <Field name="title" label={t("fields.title")} defaultValue={v.title} error={state.errors?.title} autoComplete="off" maxLength={120} />
      <Field name="held_on" type="date" label={t("fields.held_on")} defaultValue={v.held_on ?? today} max={today} error={state.errors?.held_on} />
      <Field name="place" label={t("fields.place")} defaultValue={v.place} error={state.errors?.place} maxLength={120} />
      <Field name="trainer_org" label={t("fields.trainer_org")} defaultValue={v.trainer_org} error={state.errors?.trainer_org} maxLength={120} />
      <Field name="hours" label={t("fields.hours")} inputMode="decimal" defaultValue={v.hours} error={state.errors?.hours} />
      <fieldset className="md:col-span-2" aria-describedby={attendeesError ? "participant_codes-error" : undefined}>
        <legend className="mb-2 font-semibold">{t("fields.participant_codes")}</legend>
        {attendeesError ? (
          <p id="participant_codes-error" className="mb-2 text-sm font-semibold text-maroon">
            {form(`errors.${attendeesError}` as "errors.required")}
          </p>
        ) : null}
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
          {codes.map((code) => (
            <li key={code}>
              <label className="flex min-h-11 items-center gap-2 rounded-md border border-line bg-white px-3 py-2">
                <input type="checkbox" name="participant_codes" value={code} defaultChecked={ticked.has(code)} className="h-5 w-5 accent-maroon" />
                <span className="font-mono text-sm">{code}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="md:col-span-2">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  )
}
