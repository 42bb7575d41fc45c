import type { ReactNode } from "react"

/** What a control inside a LabelledField receives: its id, name, required flag, ARIA ties and style. */
export type ControlProps = {
  id: string
  name: string
  required: boolean
  "aria-invalid"?: true
  "aria-describedby"?: string
  className: string
}

type Props = {
  /** The control's id; also its name unless `name` says otherwise. */
  id: string
  name?: string
  label: ReactNode
  /** Shown after the label ("(opsional)") when the field is optional. */
  optionalText?: string
  optional?: boolean
  hint?: ReactNode
  /** The error message, already in the page's language. */
  error?: ReactNode
  /** Stretch the control to the field's width. */
  fullWidth?: boolean
  className?: string
  children: (control: ControlProps) => ReactNode
}

/**
 * One labelled control of a form (account, address, coordinator portal) with its
 * hint and error tied to it through aria-describedby, so screen readers read
 * them with the field. Each area passes its own messages.
 */
export function LabelledField({ id, name, label, optionalText, optional, hint, error, fullWidth, className = "", children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className={`flex flex-col gap-1 ${className}`.trim()}>
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
        {optional && <span className="font-normal text-muted"> {optionalText}</span>}
      </label>
      {children({
        id,
        name: name ?? id,
        required: !optional,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        className: `${fullWidth ? "w-full " : ""}rounded-md border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-line"}`,
      })}
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  )
}
