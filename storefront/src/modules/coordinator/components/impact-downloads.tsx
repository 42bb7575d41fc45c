import { useTranslations } from "next-intl"

const FILES = [
  { file: "report.pdf", label: "pdf" },
  { file: "report.xlsx", label: "xlsx" },
  { file: "report.csv", label: "csv" },
] as const

/**
 * The cohort's report files for the period shown. Plain links to the
 * storefront's proxy (app/api/coordinator/impact), which adds the portal's
 * token: a link straight to the backend would carry none.
 */
export function ImpactDownloads({ cohortId, from, to }: { cohortId: string; from: string; to: string }) {
  const t = useTranslations("CoordinatorImpact")
  const query = new URLSearchParams({ cohort_id: cohortId, from, to }).toString()
  return (
    <section aria-labelledby="impact-downloads" className="mb-6 rounded-lg border border-line bg-white p-4">
      <h2 id="impact-downloads" className="mb-3 text-lg font-semibold">
        {t("downloads")}
      </h2>
      <ul className="flex flex-wrap gap-3">
        {FILES.map(({ file, label }) => (
          <li key={file}>
            <a
              href={`/api/coordinator/impact/${file}?${query}`}
              download
              className="inline-block rounded-md border-2 border-maroon px-4 py-2 font-semibold text-maroon hover:bg-maroon hover:text-white"
            >
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
