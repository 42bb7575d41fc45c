"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/** What a shopper sees when a page fails to load: a retry and a way home. */
export function ErrorTemplate({ retry }: { retry: () => void }) {
  const t = useTranslations("Error")
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-16">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <div className="flex flex-wrap gap-4">
        <button type="button" onClick={retry} className="rounded-md bg-maroon px-4 py-2 font-semibold text-white hover:bg-maroon-dark">
          {t("retry")}
        </button>
        <Link href="/" className="px-2 py-2 font-semibold text-maroon underline underline-offset-4">
          {t("home")}
        </Link>
      </div>
    </div>
  )
}
