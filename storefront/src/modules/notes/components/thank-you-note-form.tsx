"use client"

import type { OrderNoteCohort } from "@karya-binaan/contract"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { NoteFormState } from "@/lib/util/note-refusal"
import { FormNotice } from "@/modules/account/components/form-notice"
import { LabelledField } from "@/modules/common/components/labelled-field"
import { SubmitButton } from "@/modules/common/components/submit-button"

const MESSAGE_MAX = 280
const FIRST_NAME_MAX = 40

type Props = {
  /** The server action, bound to the order (shop or outlet). */
  send: (state: NoteFormState, form: FormData) => Promise<NoteFormState>
  /** The order's cohorts not thanked yet (none once all are: then only a "sent" notice, if just sent). */
  cohorts: OrderNoteCohort[]
  /** Outlets sign as the outlet: no first name asked. */
  askFirstName: boolean
}

/**
 * A short thank-you to the makers. The hints say up front what the backend
 * refuses (numbers, links, addresses), so a shopper rarely meets the refusal.
 */
export function ThankYouNoteForm({ send, cohorts, askFirstName }: Props) {
  const t = useTranslations("Notes")
  const [state, action] = useActionState(send, { status: "idle" } as NoteFormState)
  const [first] = cohorts
  const sent = state.status === "sent" ? <FormNotice tone="success">{t("sent")}</FormNotice> : null
  // After a send the page refreshes: the cohorts still to thank (if any) are offered under the notice.
  if (!cohorts.length) return sent
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="thank-you-note-form">
      {sent}
      {state.status === "refused" && (
        <FormNotice tone="error">
          {state.problems?.map((p) => (
            <p key={p}>{t(`problems.${p}`)}</p>
          ))}
        </FormNotice>
      )}
      {cohorts.length > 1 ? (
        <LabelledField id="cohort_id" label={t("cohortLabel")}>
          {(control) => (
            <select {...control} defaultValue={state.values?.cohort_id || first?.id}>
              {cohorts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </LabelledField>
      ) : (
        // Named even when it is the only one left: the intro lists every cohort of the order, thanked ones too.
        <p className="text-sm">
          <span className="font-semibold">{t("cohortLabel")}:</span> {first?.name}
          <input type="hidden" name="cohort_id" value={first?.id ?? ""} />
        </p>
      )}
      {askFirstName && (
        <LabelledField id="first_name" label={t("firstNameLabel")} optional optionalText={t("optional")} hint={t("firstNameHint")}>
          {(control) => <input {...control} required={false} maxLength={FIRST_NAME_MAX} autoComplete="given-name" defaultValue={state.values?.first_name} />}
        </LabelledField>
      )}
      <LabelledField id="message" label={t("messageLabel")} hint={t("messageHint", { max: MESSAGE_MAX })} fullWidth>
        {(control) => <textarea {...control} rows={3} maxLength={MESSAGE_MAX} minLength={2} defaultValue={state.values?.message} />}
      </LabelledField>
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  )
}
