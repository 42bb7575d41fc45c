import { useTranslations } from "next-intl"
import type { FoodLabel } from "@/lib/types/product"
import { HalalBadge } from "./halal-badge"

/** What a P-IRT food label says, for the shopper to read before buying. */
export function FoodFacts({ label, netWeight }: { label: FoodLabel; netWeight: string | null }) {
  const t = useTranslations("Product")
  const rows = [
    { term: t("netWeight"), detail: netWeight },
    { term: t("shelfLife"), detail: t("shelfLifeDays", { days: label.shelfLifeDays }) },
    { term: t("ingredients"), detail: label.ingredients },
    { term: t("allergens"), detail: label.allergens },
    { term: t("storage"), detail: label.storage },
  ].filter((row): row is { term: string; detail: string } => Boolean(row.detail))
  return (
    <section aria-labelledby="food-facts" className="rounded-lg border border-line bg-white p-4">
      <h2 id="food-facts" className="mb-3 text-lg font-semibold">
        {t("foodFactsTitle")}
      </h2>
      <div className="mb-4 flex flex-wrap gap-2">
        {label.pirtNumber ? (
          <span className="inline-flex flex-col rounded-md border-2 border-maroon px-3 py-1.5 text-sm leading-tight text-maroon">
            <span className="font-semibold">{t("pirt")}</span>
            <span className="text-xs tabular-nums">{t("pirtNumber", { number: label.pirtNumber })}</span>
          </span>
        ) : null}
        <HalalBadge status={label.halalStatus} certificate={label.halalCertificateNumber} />
      </div>
      <dl className="space-y-2 text-sm">
        {rows.map((row) => (
          <div key={row.term} className="grid gap-1 sm:grid-cols-[10rem_1fr]">
            <dt className="font-semibold text-muted">{row.term}</dt>
            <dd>{row.detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
