"use client"

import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

/** The form's main button; it says so while the server works, and can't be pressed twice. */
export function SubmitButton({ children }: { children: ReactNode }) {
  const { pending } = useFormStatus()
  const t = useTranslations("AccountForm.actions")
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark disabled:opacity-70 sm:w-auto"
    >
      {pending ? t("sending") : children}
    </button>
  )
}
