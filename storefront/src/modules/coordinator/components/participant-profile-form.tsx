"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveParticipantProfile } from "@/lib/data/coordinator/participant-actions"
import type { FormState } from "@/lib/data/form-state"
import type { Participant } from "@/lib/types/coordinator"
import { IMPACT_AREAS, PARTICIPANT_STATUSES } from "@/lib/validation/coordinator/participant-profile"
import { FormNotice } from "@/modules/account/components/form-notice"
import { Field, Select } from "@/modules/portal/components/field"
import { FormMessage } from "@/modules/portal/components/form-message"

/** A participant's impact profile: status, area, joined and left. The figures count groups, never this person. */
export function ParticipantProfileForm({ participant }: { participant: Participant }) {
  const t = useTranslations("ParticipantProfile")
  const terms = useTranslations("ImpactTerms")
  const area = useTranslations("Impact")
  const [state, action] = useActionState(saveParticipantProfile, {} as FormState)
  const { id, code, profile } = participant
  const v = state.values ?? {}
  // Folded by default (a cohort has dozens of participants); stays open after a save, saying how it went.
  return (
    <details className="mt-3 rounded-md border border-line" open={Boolean(state.errors || state.message || state.done)}>
      <summary className="cursor-pointer px-3 py-2 text-sm">
        <span className="font-semibold text-maroon underline underline-offset-4">{t("legend", { code })}</span>
        <span className="text-muted"> · {terms(`status.${profile.status}`)}</span>
      </summary>
      <form action={action} noValidate className="px-3 pb-3" key={state.attempt ?? 0}>
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto_auto] lg:items-end">
          <legend className="sr-only">{t("legend", { code })}</legend>
          <input type="hidden" name="participant_id" value={id} />
          <input type="hidden" name="code" value={code} />
          <div className="sm:col-span-2 lg:col-span-5">
            <FormMessage state={state} />
            {state.done ? <FormNotice tone="success">{t("saved", { code })}</FormNotice> : null}
          </div>
          <Select name="status" id={`status-${id}`} label={t("status")} defaultValue={v.status ?? profile.status} error={state.errors?.status}>
            {PARTICIPANT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {terms(`status.${s}`)}
              </option>
            ))}
          </Select>
          <Select name="area" id={`area-${id}`} label={t("area")} defaultValue={v.area ?? profile.area ?? ""} error={state.errors?.area}>
            <option value="">{t("areaDefault")}</option>
            {IMPACT_AREAS.map((a) => (
              <option key={a} value={a}>
                {area(`areaName.${a}`)}
              </option>
            ))}
          </Select>
          <Field name="joined_on" id={`joined-${id}`} type="date" label={t("joined")} optional defaultValue={v.joined_on ?? profile.joinedOn ?? ""} error={state.errors?.joined_on} />
          <Field name="left_on" id={`left-${id}`} type="date" label={t("left")} optional defaultValue={v.left_on ?? profile.leftOn ?? ""} error={state.errors?.left_on} />
          <button type="submit" className="rounded-md border-2 border-maroon px-3 py-2 text-sm font-semibold text-maroon hover:bg-maroon hover:text-white">
            {t("save")}
          </button>
        </fieldset>
      </form>
    </details>
  )
}
