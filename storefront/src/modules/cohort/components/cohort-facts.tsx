import { useTranslations } from "next-intl"
import type { Cohort } from "@/lib/types/cohort"

/** Where the cohort works and what it makes, as a definition list. */
export function CohortFacts({ cohort }: { cohort: Cohort }) {
  const t = useTranslations("Cohort")
  const facts = [
    { term: t("facility"), detail: `${cohort.facilityName} — ${t(`facilityType.${cohort.facilityType}`)}` },
    { term: t("areaLabel"), detail: t(`area.${cohort.area}`) },
    { term: t("craftLineLabel"), detail: t(`craftLine.${cohort.craftLine}`) },
  ]
  return (
    <dl className="grid gap-3 rounded-lg border border-line bg-white p-4 text-sm sm:grid-cols-3">
      {facts.map((fact) => (
        <div key={fact.term}>
          <dt className="font-semibold text-maroon">{fact.term}</dt>
          <dd className="mt-0.5">{fact.detail}</dd>
        </div>
      ))}
    </dl>
  )
}
