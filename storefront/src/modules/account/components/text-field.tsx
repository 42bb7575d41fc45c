import { useTranslations } from "next-intl"
import type { InputHTMLAttributes } from "react"
import { PASSWORD_MIN } from "@/lib/validation/account"
import { LabelledField } from "@/modules/common/components/labelled-field"

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className"> & {
  name: string
  label: string
  /** An error key under "AccountForm.errors", from the server action. */
  error?: string
  hint?: string
  optional?: boolean
}

/** One labelled input of an account form, with the account messages (see LabelledField). */
export function TextField({ name, label, error, hint, optional, ...input }: Props) {
  const t = useTranslations("AccountForm")
  return (
    <LabelledField
      id={name}
      label={label}
      optional={optional}
      optionalText={t("optional")}
      hint={hint}
      error={error ? t(`errors.${error}` as "errors.required", { min: PASSWORD_MIN }) : undefined}
    >
      {(control) => <input {...control} {...input} />}
    </LabelledField>
  )
}
