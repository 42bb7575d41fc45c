import type { OrderNoteCohort } from "@karya-binaan/contract"
import { getTranslations } from "next-intl/server"
import type { NoteFormState } from "@/lib/util/note-refusal"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { ThankYouNoteForm } from "./thank-you-note-form"

type Props = {
  cohorts: OrderNoteCohort[]
  send: (state: NoteFormState, form: FormData) => Promise<NoteFormState>
  askFirstName?: boolean
}

/**
 * "Send the makers a thank-you" under an order: the notes already sent with
 * where they stand, and the form for the cohorts not thanked yet. Nothing
 * when the order has no cohort to thank. The confirmation email links here (#ucapan).
 */
export async function ThankYouNotes({ cohorts, send, askFirstName = true }: Props) {
  if (!cohorts.length) return null
  const t = await getTranslations("Notes")
  const open = cohorts.filter((c) => !c.note)
  const sent = cohorts.filter((c) => c.note)
  return (
    <section id="ucapan" aria-labelledby="thank-you-title" className="scroll-mt-24 rounded-lg border border-line bg-white p-4 sm:p-6">
      <h2 id="thank-you-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 mb-4 text-muted">{t("intro", { cohorts: cohorts.map((c) => c.name).join(", ") })}</p>
      {sent.length > 0 && (
        <ul className="mb-4 grid gap-2">
          {sent.map((c) => (
            <li key={c.id} className="rounded-md border border-line bg-sand p-3">
              <p className="text-sm font-semibold">
                {c.name} · {t(`status.${c.note!.status}`)}
              </p>
              <p className="mt-1 italic">“{c.note!.message}”</p>
            </li>
          ))}
        </ul>
      )}
      {/* Always mounted: after the last cohort is thanked it still says "sent" (and renders nothing on a later visit). */}
      <ClientMessages sections={["Notes"]}>
        <ThankYouNoteForm send={send} cohorts={open} askFirstName={askFirstName} />
      </ClientMessages>
    </section>
  )
}
