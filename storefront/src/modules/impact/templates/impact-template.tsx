import { useFormatter, useTranslations } from "next-intl"
import type { Impact } from "@/lib/types/impact"
import { JAKARTA_TIME_ZONE } from "@/lib/util/jakarta-time"
import { ImpactFigures } from "../components/impact-figures"
import { MethodNote } from "../components/method-note"

/** The public impact page: the whole programme's figures, told without exposing anyone. */
export function ImpactTemplate({ impact }: { impact: Impact | null }) {
  const t = useTranslations("Impact")
  const format = useFormatter()
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00+07:00`), { dateStyle: "long", timeZone: JAKARTA_TIME_ZONE })
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8">
      <header className="max-w-3xl">
        <p className="text-sm font-semibold tracking-wide text-maroon uppercase">{t("eyebrow")}</p>
        <h1 className="mt-1 text-3xl leading-tight font-bold md:text-4xl">{t("title")}</h1>
        <div className="batik-rule mt-2 w-24" aria-hidden="true" />
        <p className="mt-4 text-muted">{t("intro")}</p>
        {impact ? <p className="mt-2 text-sm font-semibold">{t("period", { from: day(impact.period.from), to: day(impact.period.to) })}</p> : null}
      </header>
      {impact ? (
        <>
          {impact.empty ? <p className="text-muted">{t("empty")}</p> : null}
          <ImpactFigures impact={impact} idPrefix="impact" />
          <MethodNote minGroup={impact.minGroup} />
        </>
      ) : (
        <p className="text-muted">{t("unavailable")}</p>
      )}
    </div>
  )
}
