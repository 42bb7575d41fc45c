import { useTranslations } from "next-intl"
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react"
import { PASSWORD_MIN } from "@/lib/validation/account"
import { LabelledField, type ControlProps } from "@/modules/common/components/labelled-field"

type Common = {
  name: string
  label: string
  /** An error key under "CoordinatorForm.errors", from the server action. */
  error?: string
  hint?: string
  optional?: boolean
  /** Defaults to the name; rows of a repeated group need their own. */
  id?: string
}

/** A labelled control of a portal form, with the portal's messages (see LabelledField). */
function FieldShell({ name, id, label, error, hint, optional, children }: Common & { children: (control: ControlProps) => ReactNode }) {
  const t = useTranslations("CoordinatorForm")
  return (
    <LabelledField
      id={id ?? name}
      name={name}
      label={label}
      optional={optional}
      optionalText={t("optional")}
      hint={hint}
      error={error ? t(`errors.${error}` as "errors.required", { min: PASSWORD_MIN }) : undefined}
      fullWidth
    >
      {children}
    </LabelledField>
  )
}

type InputProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className">
export function Field({ name, id, label, error, hint, optional, ...input }: InputProps) {
  return <FieldShell {...{ name, id, label, error, hint, optional }}>{(a11y) => <input {...a11y} {...input} />}</FieldShell>
}

type AreaProps = Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "className">
export function TextArea({ name, id, label, error, hint, optional, ...area }: AreaProps) {
  return <FieldShell {...{ name, id, label, error, hint, optional }}>{(a11y) => <textarea rows={4} {...a11y} {...area} />}</FieldShell>
}

type SelectProps = Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "className"> & { children: ReactNode }
export function Select({ name, id, label, error, hint, optional, children, ...select }: SelectProps) {
  return (
    <FieldShell {...{ name, id, label, error, hint, optional }}>
      {(a11y) => (
        <select {...a11y} {...select}>
          {children}
        </select>
      )}
    </FieldShell>
  )
}
