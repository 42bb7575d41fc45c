import type { Cohort } from "@/lib/types/cohort"
import { CohortCard } from "./cohort-card"

export function CohortGrid({ cohorts }: { cohorts: Cohort[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {cohorts.map((cohort) => (
        <li key={cohort.id}>
          <CohortCard cohort={cohort} />
        </li>
      ))}
    </ul>
  )
}
