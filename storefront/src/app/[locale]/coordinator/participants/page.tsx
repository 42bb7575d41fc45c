import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { setParticipantActive } from "@/lib/data/coordinator/participant-actions"
import { listParticipants } from "@/lib/data/coordinator/participants"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { AddParticipantForm, RenameParticipantForm } from "@/modules/coordinator/components/participant-forms"
import { ParticipantProfileForm } from "@/modules/coordinator/components/participant-profile-form"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { searchParams: Promise<{ added?: string; saved?: string; refused?: string }> }

// No participant data in the page's metadata: titles and descriptions travel further than the page.
export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/participants", (await getTranslations("CoordinatorParticipants"))("title"))
}

export default async function ParticipantsPage({ searchParams }: Props) {
  const { cohort } = await requireCohort("/coordinator/participants")
  const [query, t, participants] = await Promise.all([
    searchParams,
    getTranslations("CoordinatorParticipants"),
    listParticipants(cohort.id),
  ])
  const notice = query.added ? (
    <FormNotice tone="success">{t("added", { code: query.added })}</FormNotice>
  ) : query.saved ? (
    <FormNotice tone="success">{t("saved")}</FormNotice>
  ) : query.refused ? (
    <FormNotice tone="error">{t("refused")}</FormNotice>
  ) : null
  const sorted = [...participants].sort((a, b) => Number(b.active) - Number(a.active) || a.code.localeCompare(b.code))
  return (
    <PortalTemplate title={t("title")} intro={t("intro")} notice={notice}>
      <ClientMessages sections={["CoordinatorForm", "ParticipantProfile", "ImpactTerms", "Impact"]}>
        <section aria-labelledby="add-participant" className="mb-8 rounded-lg border border-line bg-white p-4">
          <h2 id="add-participant" className="mb-3 text-lg font-semibold">
            {t("add")}
          </h2>
          <AddParticipantForm cohortId={cohort.id} />
        </section>
        {sorted.length ? (
          <ul className="grid gap-3">
            {sorted.map((p) => (
              <li key={p.id} className={`rounded-lg border border-line p-4 ${p.active ? "bg-white" : "bg-sand"}`}>
                <div className="mb-2 flex flex-wrap items-center gap-2">
                  <span className="font-mono font-semibold">{p.code}</span>
                  <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${p.active ? "border-leaf text-leaf" : "border-line text-muted"}`}>
                    {p.active ? t("active") : t("inactive")}
                  </span>
                </div>
                <RenameParticipantForm id={p.id} code={p.code} displayName={p.displayName} />
                <ParticipantProfileForm participant={p} />
                <form action={setParticipantActive} className="mt-2">
                  <input type="hidden" name="participant_id" value={p.id} />
                  <input type="hidden" name="active" value={p.active ? "false" : "true"} />
                  <button type="submit" className="text-sm font-semibold text-maroon underline underline-offset-4">
                    {p.active ? t("deactivate", { code: p.code }) : t("reactivate", { code: p.code })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t("empty")}</p>
        )}
      </ClientMessages>
    </PortalTemplate>
  )
}
