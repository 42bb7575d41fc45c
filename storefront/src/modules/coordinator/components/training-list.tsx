import { useFormatter, useTranslations } from "next-intl"
import { deleteTraining } from "@/lib/data/coordinator/training-actions"
import type { Training } from "@/lib/types/impact"

/** The cohort's recorded trainings: a card each, readable at phone width. */
export function TrainingList({ trainings }: { trainings: Training[] }) {
  const t = useTranslations("CoordinatorTrainings")
  const terms = useTranslations("ImpactTerms")
  const format = useFormatter()
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })
  return (
    <ul className="grid gap-3" data-testid="training-list">
      {trainings.map((training) => (
        <li key={training.id} className="rounded-lg border border-line bg-white p-4" data-training-id={training.id}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">{training.title}</h3>
            <span className="text-sm text-muted">{day(training.heldOn)}</span>
          </div>
          <p className="mt-1 text-sm">
            {terms(`kind.${training.kind}`)} · {terms(`skillLine.${training.skillLine}`)} · {t("hours")}: {format.number(training.hours)}
          </p>
          <p className="text-sm text-muted">
            {training.place} · {training.trainerOrg}
          </p>
          <p className="mt-2 text-sm">
            <span className="font-semibold">{t("attendees")}:</span> {t("attendeeCount", { count: training.attendeeCount })}
            {training.participantCodes.length ? <span className="font-mono"> ({training.participantCodes.join(", ")})</span> : null}
          </p>
          <form action={deleteTraining} className="mt-2">
            <input type="hidden" name="training_id" value={training.id} />
            <button type="submit" className="text-sm font-semibold text-maroon underline underline-offset-4">
              {t("delete", { title: training.title })}
            </button>
          </form>
        </li>
      ))}
    </ul>
  )
}
