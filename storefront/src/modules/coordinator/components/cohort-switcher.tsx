import { useTranslations } from "next-intl"
import { switchCohort } from "@/lib/data/coordinator/auth-actions"
import type { CohortRef } from "@/lib/types/coordinator"
import { CurrentPathInput } from "./current-path-input"

/**
 * Which cohort the portal shows. A plain form (works without JavaScript);
 * only coordinators who hold several cohorts get the choice.
 */
export function CohortSwitcher({ cohorts, active }: { cohorts: CohortRef[]; active: CohortRef | null }) {
  const t = useTranslations("CoordinatorNav")
  if (!active) return null
  if (cohorts.length < 2) {
    return (
      <p className="text-sm">
        <span className="text-muted">{t("cohort")}: </span>
        <span className="font-semibold">{active.name}</span>
      </p>
    )
  }
  return (
    <form action={switchCohort} className="flex items-end gap-2">
      <CurrentPathInput name="back" />
      <div className="flex flex-col">
        <label htmlFor="cohort-switch" className="text-xs text-muted">
          {t("cohort")}
        </label>
        <select id="cohort-switch" name="cohort_id" defaultValue={active.id} className="max-w-[14rem] rounded-md border-2 border-line bg-white px-2 py-1 text-sm">
          {cohorts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md border-2 border-maroon px-3 py-1 text-sm font-semibold text-maroon hover:bg-maroon hover:text-white">
        {t("switch")}
      </button>
    </form>
  )
}
