import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listParticipants } from "@/lib/data/coordinator/participants"
import { requireCohort } from "@/lib/data/coordinator/session"
import { listTrainings } from "@/lib/data/coordinator/trainings"
import { privatePageMetadata } from "@/lib/private-metadata"
import { jakartaToday } from "@/lib/util/jakarta-time"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { TrainingForm } from "@/modules/coordinator/components/training-form"
import { TrainingList } from "@/modules/coordinator/components/training-list"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { searchParams: Promise<{ recorded?: string; deleted?: string; refused?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/trainings", (await getTranslations("CoordinatorTrainings"))("title"))
}

/** The cohort's trainings and study visits, and the form to record one with its attendees. */
export default async function TrainingsPage({ searchParams }: Props) {
  const { cohort } = await requireCohort("/coordinator/trainings")
  const [query, t, trainings, participants] = await Promise.all([searchParams, getTranslations("CoordinatorTrainings"), listTrainings(cohort.id), listParticipants(cohort.id)])
  const codes = participants.filter((p) => p.active).map((p) => p.code).sort()
  const notice = query.recorded ? (
    <FormNotice tone="success">{t("recorded", { title: query.recorded })}</FormNotice>
  ) : query.deleted ? (
    <FormNotice tone="success">{t("deleted")}</FormNotice>
  ) : query.refused ? (
    <FormNotice tone="error">{t("refused")}</FormNotice>
  ) : null
  return (
    <PortalTemplate title={t("title")} intro={t("intro", { cohort: cohort.name })} notice={notice}>
      <section aria-labelledby="new-training" className="mb-8 rounded-lg border border-line bg-sand/50 p-4">
        <h2 id="new-training" className="mb-3 text-lg font-semibold">
          {t("new")}
        </h2>
        {codes.length ? (
          <ClientMessages sections={["CoordinatorForm", "CoordinatorTrainings", "ImpactTerms"]}>
            <TrainingForm cohortId={cohort.id} codes={codes} today={jakartaToday()} />
          </ClientMessages>
        ) : (
          <p className="text-muted">{t("noParticipants")}</p>
        )}
      </section>
      <section aria-labelledby="training-list">
        <h2 id="training-list" className="mb-3 text-xl font-semibold">
          {t("listTitle")}
        </h2>
        {trainings.length ? <TrainingList trainings={trainings} /> : <p className="text-muted">{t("empty")}</p>}
      </section>
    </PortalTemplate>
  )
}
