import { useTranslations } from "next-intl"
import type { ReactNode } from "react"

/** A chart with its title, and the same figures as a table a screen reader (or a sponsor copying numbers) can read. */
export function ChartFigure({ title, chart, table }: { title: string; chart: ReactNode; table: ReactNode }) {
  const t = useTranslations("Impact")
  return (
    <figure className="min-w-0 rounded-lg border border-line bg-white p-4">
      <figcaption className="mb-3 font-semibold">{title}</figcaption>
      {chart}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-semibold text-maroon underline underline-offset-4">{t("showTable")}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  )
}
