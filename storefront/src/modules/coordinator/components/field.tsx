import { useTranslations } from "next-intl"
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react"
import { PASSWORD_MIN } from "@/lib/validation/coordinator/auth"

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

const control = (error?: string) => `w-full rounded-md border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-line"}`

/**
 * A labelled control of a portal form with its hint and error tied to it
 * (aria-describedby), styled like the account forms.
 */
function FieldShell({ name, id, label, error, hint, optional, children }: Common & { children: (a11y: Record<string, unknown>) => ReactNode }) {
  const t = useTranslations("CoordinatorForm")
  const fieldId = id ?? name
  const hintId = hint ? `${fieldId}-hint` : undefined
  const errorId = error ? `${fieldId}-error` : undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-semibold">
        {label}
        {optional && <span className="font-normal text-muted"> {t("optional")}</span>}
      </label>
      {children({
        id: fieldId,
        name,
        required: !optional,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        className: control(error),
      })}
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-red-800">
          {t(`errors.${error}` as "errors.required", { min: PASSWORD_MIN })}
        </p>
      )}
    </div>
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
