import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Cohort } from "@/lib/types/cohort"

/** The cohort behind a product, linking to its story. */
export function MadeBy({ cohort }: { cohort: Cohort }) {
  const t = useTranslations("Product")
  const c = useTranslations("Cohort")
  return (
    <section aria-labelledby="made-by" className="flex gap-4 rounded-lg border border-line bg-sand p-4">
      {cohort.imageUrl ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={cohort.imageUrl} alt="" className="h-20 w-20 shrink-0 rounded-md border border-line object-cover" />
      ) : null}
      <div className="space-y-1">
        <h2 id="made-by" className="text-xs font-semibold tracking-wide text-maroon uppercase">
          {t("madeBy")}
        </h2>
        <p className="font-serif text-lg leading-snug font-semibold">
          <Link
            href={{ pathname: "/cohorts/[handle]", params: { handle: cohort.handle } }}
            className="text-maroon underline underline-offset-4 hover:text-maroon-dark"
          >
            {cohort.name}
          </Link>
        </p>
        <p className="text-sm text-muted">
          {cohort.facilityName} · {c(`facilityShort.${cohort.facilityType}`)}
        </p>
        <p className="text-sm">{cohort.tagline}</p>
      </div>
    </section>
  )
}
