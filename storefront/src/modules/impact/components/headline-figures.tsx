import { useLocale, useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import { formatCount } from "@/lib/util/impact-format"
import { formatRupiah } from "@/lib/util/money"
import type { Impact } from "@/lib/types/impact"
import { FigureCard } from "./figure-card"

/** The figures a sponsor asks for first; a withheld one says so instead of showing a number. */
export function HeadlineFigures({ impact, id }: { impact: Impact; id: string }) {
  const t = useTranslations("Impact")
  const locale = useLocale() as AppLocale
  const h = impact.headline
  const withheld = t("suppressed")
  const withheldHint = t("suppressedHint", { min: impact.minGroup })
  const k = h.kemandirian
  return (
    <dl aria-labelledby={id} className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="impact-headline">
      <FigureCard label={t("trained")} value={formatCount(h.participantsTrained, locale)} testId="figure-trained" />
      <FigureCard label={t("trainingHours")} value={formatCount(h.trainingHours, locale)} />
      <FigureCard
        label={t("earners")}
        value={h.earners === null ? withheld : formatCount(h.earners, locale)}
        hint={h.earners === null ? withheldHint : undefined}
      />
      <FigureCard
        label={t("allocated")}
        value={h.allocatedTotal === null ? withheld : formatRupiah(h.allocatedTotal)}
        hint={h.allocatedTotal === null ? withheldHint : undefined}
        testId="figure-allocated"
      />
      <FigureCard label={t("sales")} value={formatRupiah(h.salesTotal)} testId="figure-sales" />
      <FigureCard label={t("units")} value={formatCount(h.units, locale)} />
      <FigureCard
        label={t("kemandirian")}
        value={k.suppressed || k.earned3of6 === null || k.klien === null ? withheld : t("kemandirianValue", { earned: k.earned3of6, klien: k.klien })}
        hint={k.suppressed ? withheldHint : t("kemandirianHint")}
      />
      <FigureCard label={t("notes")} value={formatCount(h.notesApproved, locale)} testId="figure-notes" />
    </dl>
  )
}
