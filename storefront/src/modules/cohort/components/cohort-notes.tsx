import { getLocale, getTranslations } from "next-intl/server"
import { listCohortNotes } from "@/lib/data/maker-notes"
import { SectionHeading } from "@/modules/common/components/section-heading"

/**
 * Thank-you notes buyers sent this cohort, once its coordinator approved
 * them: the first name the buyer gave, or "Pembeli" / "A buyer". Nothing
 * when there are none yet. Refreshed when a note is approved ("notes" tag).
 */
export async function CohortNotes({ handle }: { handle: string }) {
  const [notes, t, locale] = await Promise.all([listCohortNotes(handle), getTranslations("CohortNotes"), getLocale()])
  if (!notes.length) return null
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeZone: "Asia/Jakarta" })
  return (
    <section aria-labelledby="cohort-notes" className="mt-12" data-testid="cohort-notes">
      <SectionHeading id="cohort-notes">{t("title")}</SectionHeading>
      <ul className="grid gap-4 md:grid-cols-2">
        {notes.map((note) => (
          <li key={note.id}>
            <figure className="h-full rounded-lg border border-line bg-white p-4">
              <blockquote className="font-serif text-lg leading-relaxed italic">“{note.message}”</blockquote>
              <figcaption className="mt-2 text-sm text-muted">
                — {note.first_name ?? t("buyer")}, {date.format(new Date(note.approved_at))}
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  )
}
