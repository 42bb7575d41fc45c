"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { addParticipant, renameParticipant } from "@/lib/data/coordinator/participant-actions"
import type { FormState } from "@/lib/data/form-state"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { Field } from "@/modules/portal/components/field"
import { FormMessage } from "@/modules/portal/components/form-message"

/** A new participant: the system gives the code; a private display name is optional. */
export function AddParticipantForm({ cohortId }: { cohortId: string }) {
  const t = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(addParticipant, {} as FormState)
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <input type="hidden" name="cohort_id" value={cohortId} />
      <div className="flex-1">
        <FormMessage state={state} />
        <Field
          name="display_name"
          id="new-display-name"
          label={t("fields.display_name")}
          hint={t("hints.display_name")}
          optional
          autoComplete="off"
          defaultValue={state.values?.display_name}
          error={state.errors?.display_name}
        />
      </div>
      <SubmitButton pendingLabel={t("actions.saving")}>{t("actions.addParticipant")}</SubmitButton>
    </form>
  )
}

/** Changes (or clears) one participant's private display name. */
export function RenameParticipantForm({ id, code, displayName }: { id: string; code: string; displayName: string | null }) {
  const t = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(renameParticipant, {} as FormState)
  return (
    <form action={action} className="flex flex-col gap-2 sm:flex-row sm:items-end" noValidate>
      <input type="hidden" name="participant_id" value={id} />
      <div className="flex-1">
        <FormMessage state={state} />
        <Field
          name="display_name"
          id={`display-name-${id}`}
          label={t("fields.display_name_of", { code })}
          optional
          autoComplete="off"
          defaultValue={state.values?.display_name ?? displayName ?? ""}
          error={state.errors?.display_name}
        />
      </div>
      <button type="submit" className="rounded-md border-2 border-maroon px-3 py-2 text-sm font-semibold text-maroon hover:bg-maroon hover:text-white">
        {t("actions.rename")}
      </button>
    </form>
  )
}
