"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { markStatementPaid } from "@/lib/data/coordinator/payout-actions"
import type { FormState } from "@/lib/data/form-state"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { Field } from "@/modules/portal/components/field"
import { FormMessage } from "@/modules/portal/components/form-message"

/** Records the facility's payment of a statement: reference and date (today by default). */
export function MarkPaidForm({ statementId, today }: { statementId: string; today: string }) {
  const t = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(markStatementPaid, {} as FormState)
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="statement_id" value={statementId} />
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="reference"
          label={t("fields.reference")}
          hint={t("hints.reference")}
          autoComplete="off"
          maxLength={120}
          defaultValue={state.values?.reference}
          error={state.errors?.reference}
        />
        <Field name="paid_at" type="date" label={t("fields.paid_at")} max={today} defaultValue={state.values?.paid_at ?? today} error={state.errors?.paid_at} />
      </div>
      <div>
        <SubmitButton pendingLabel={t("actions.saving")}>{t("actions.markPaid")}</SubmitButton>
      </div>
    </form>
  )
}
