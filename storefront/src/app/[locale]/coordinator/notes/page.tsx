import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { moderateNote } from "@/lib/data/coordinator/note-actions"
import { listNotes, NOTES_PAGE_SIZE } from "@/lib/data/coordinator/notes"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { parsePage } from "@/lib/util/catalog-params"
import { keepOnListPage } from "@/lib/util/portal-list-page"
import { FormNotice } from "@/modules/account/components/form-notice"
import { Pagination } from "@/modules/common/components/pagination"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { searchParams: Promise<{ done?: string; refused?: string; page?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/notes", (await getTranslations("CoordinatorNotes"))("title"))
}

const BADGE = { pending: "border-maroon text-maroon", approved: "border-leaf text-leaf", rejected: "border-line text-muted" } as const

const hrefFor = (n: number) => ({ pathname: "/coordinator/notes" as const, query: n > 1 ? { page: String(n) } : {} })

/** Thank-you notes to the active cohort, a page at a time: pending first, each approved (shown on the cohort page) or rejected here. */
export default async function CoordinatorNotesPage({ searchParams }: Props) {
  const [{ cohort }, query] = await Promise.all([requireCohort("/coordinator/notes"), searchParams])
  const page = parsePage(query.page)
  const [t, format, { notes, count }] = await Promise.all([getTranslations("CoordinatorNotes"), getFormatter(), listNotes(cohort.id, page)])
  const totalPages = await keepOnListPage(query.page, count, NOTES_PAGE_SIZE, hrefFor)
  const notice = query.done ? (
    <FormNotice tone="success">{t(query.done === "approve" ? "approvedNotice" : "rejectedNotice")}</FormNotice>
  ) : query.refused ? (
    <FormNotice tone="error">{t("refused")}</FormNotice>
  ) : null
  const button = "rounded-md border-2 px-4 py-2 font-semibold"
  return (
    <PortalTemplate title={t("title")} intro={t("intro")} notice={notice}>
      {notes.length ? (
        <>
          <p className="mb-3 text-sm text-muted">
            {t("range", { from: (page - 1) * NOTES_PAGE_SIZE + 1, to: (page - 1) * NOTES_PAGE_SIZE + notes.length, count })}
          </p>
          <ul className="grid gap-3" data-testid="coordinator-notes">
            {notes.map((note) => (
              <li key={note.id} className="rounded-lg border border-line bg-white p-4">
                <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
                  <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${BADGE[note.status]}`}>{t(`status.${note.status}`)}</span>
                  <span className="font-semibold">{note.first_name ?? t(note.author_kind === "outlet" ? "outlet" : "buyer")}</span>
                  <span className="text-muted">{format.dateTime(new Date(note.created_at), { dateStyle: "medium", timeZone: "Asia/Jakarta" })}</span>
                </div>
                <p className="font-serif text-lg italic">“{note.message}”</p>
                <div className="mt-3 flex flex-wrap gap-2">
                  {note.status !== "approved" && (
                    <form action={moderateNote}>
                      <input type="hidden" name="note_id" value={note.id} />
                      <input type="hidden" name="page" value={page} />
                      <input type="hidden" name="action" value="approve" />
                      <button type="submit" className={`${button} border-leaf bg-leaf text-white`}>
                        {t("approve")}
                      </button>
                    </form>
                  )}
                  {note.status !== "rejected" && (
                    <form action={moderateNote}>
                      <input type="hidden" name="note_id" value={note.id} />
                      <input type="hidden" name="page" value={page} />
                      <input type="hidden" name="action" value="reject" />
                      <button type="submit" className={`${button} border-maroon text-maroon hover:bg-sand`}>
                        {t("reject")}
                      </button>
                    </form>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />
        </>
      ) : (
        <p className="text-muted">{t("empty")}</p>
      )}
    </PortalTemplate>
  )
}
