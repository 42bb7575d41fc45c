import { useTranslations } from "next-intl"

/** First focusable element: keyboard users jump past the header. */
export function SkipLink() {
  const t = useTranslations("Layout")
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded bg-maroon px-4 py-2 font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
    >
      {t("skipLink")}
    </a>
  )
}
