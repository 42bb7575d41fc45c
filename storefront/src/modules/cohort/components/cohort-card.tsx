import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Cohort } from "@/lib/types/cohort"

/** A cohort tile: its picture, name, facility type and craft, linking to its story. */
export function CohortCard({ cohort }: { cohort: Cohort }) {
  const t = useTranslations("Cohort")
  return (
    <Link
      href={{ pathname: "/cohorts/[handle]", params: { handle: cohort.handle } }}
      className="group flex h-full flex-col overflow-hidden rounded-lg border border-line bg-white shadow-sm hover:shadow-md"
    >
      {cohort.imageUrl ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={cohort.imageUrl} alt={cohort.name} className="aspect-[4/3] w-full bg-sand object-cover" loading="lazy" />
      ) : null}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-xs font-semibold tracking-wide text-maroon uppercase">
          {t(`facilityShort.${cohort.facilityType}`)} · {t(`craftLine.${cohort.craftLine}`)}
        </p>
        <h3 className="text-lg leading-snug font-semibold group-hover:text-maroon group-hover:underline">{cohort.name}</h3>
        <p className="text-sm text-muted">{cohort.tagline}</p>
      </div>
    </Link>
  )
}
