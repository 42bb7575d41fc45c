import { useTranslations } from "next-intl"
import type { InputHTMLAttributes } from "react"
import { PASSWORD_MIN } from "@/lib/validation/account"

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className"> & {
  name: string
  label: string
  /** An error key under "AccountForm.errors", from the server action. */
  error?: string
  hint?: string
  optional?: boolean
}

/**
 * One labelled input of an account form, styled like the address fields. The
 * hint and the error are tied to the input with aria-describedby, so screen
 * readers read them with the field.
 */
export function TextField({ name, label, error, hint, optional, ...input }: Props) {
  const t = useTranslations("AccountForm")
  const hintId = hint ? `${name}-hint` : undefined
  const errorId = error ? `${name}-error` : undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-semibold">
        {label}
        {optional && <span className="font-normal text-muted"> {t("optional")}</span>}
      </label>
      <input
        id={name}
        name={name}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`rounded-md border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-line"}`}
        {...input}
      />
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
