"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

/** Copies a number to the clipboard and says so; a refused clipboard asks the shopper to copy by hand. */
export function CopyButton({ value, what }: { value: string; what: string }) {
  const t = useTranslations("PendingPayment")
  const [said, setSaid] = useState<string>("")
  async function copy() {
    try {
      await navigator.clipboard.writeText(value)
      setSaid(t("copied", { what }))
    } catch {
      setSaid(t("copyFailed"))
    }
  }
  return (
    <>
      <button
        type="button"
        onClick={copy}
        aria-label={t("copyLabel", { what })}
        className="rounded-md border-2 border-maroon px-3 py-1 text-sm font-semibold text-maroon hover:bg-sand"
      >
        {t("copy")}
      </button>
      <span role="status" className="text-sm text-leaf">
        {said}
      </span>
    </>
  )
}
