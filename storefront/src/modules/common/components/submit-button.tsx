"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

type Props = {
  children: ReactNode
  /** What the button says while the server works. */
  pendingLabel: string
  /** For forms not driven by a form action (the card form): their own busy state. */
  pending?: boolean
}

/** A form's main button: it says so while the server works, and can't be pressed twice. */
export function SubmitButton({ children, pendingLabel, pending }: Props) {
  const status = useFormStatus()
  const busy = pending ?? status.pending
  return (
    <button
      type="submit"
      disabled={busy}
      aria-disabled={busy}
      className="w-full rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark disabled:opacity-70 sm:w-auto"
    >
      {busy ? pendingLabel : children}
    </button>
  )
}
