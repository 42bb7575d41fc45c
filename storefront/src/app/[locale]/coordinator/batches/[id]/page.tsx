import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { getBatch, getBatchRecall } from "@/lib/data/coordinator/batches"
import { coordinatorFetch } from "@/lib/data/coordinator/client"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { jakartaToday } from "@/lib/util/jakarta-time"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { ConsignForm } from "@/modules/coordinator/components/consign-form"
import { ExpiryBadge } from "@/modules/coordinator/components/expiry-badge"
import { RecallTable } from "@/modules/coordinator/components/recall-table"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ recorded?: string; consigned?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  return privatePageMetadata({ pathname: "/coordinator/batches/[id]", params: { id } }, (await getTranslations("CoordinatorBatches"))("detailTitle"))
}

/** One batch: what it was, who made it, what remains, and the recall list of everyone who received it. */
export default async function BatchPage({ params, searchParams }: Props) {
  const [{ id }, { recorded, consigned }] = await Promise.all([params, searchParams])
  await requireCohort({ pathname: "/coordinator/batches/[id]", params: { id } })
  const [t, tc, format, batch, recall, { outlets }] = await Promise.all([
    getTranslations("CoordinatorBatches"),
    getTranslations("CoordinatorConsignment"),
    getFormatter(),
    getBatch(id),
    getBatchRecall(id),
    coordinatorFetch<{ outlets: { id: string; name: string }[] }>("/coordinator/outlets"),
  ])
  const date = (value: string | null) => (value ? format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) : "—")
  const facts = [
    [t("product"), `${batch.productTitle}${batch.variantTitle ? ` · ${batch.variantTitle}` : ""}`],
    [t("remaining"), t("remainingOf", { remaining: batch.remaining, quantity: batch.quantity })],
    [t("produced"), date(batch.productionDate)],
    [t("expires"), date(batch.expiryDate)],
  ]
  return (
    <PortalTemplate
      title={t("detailHeading", { code: batch.batchCode })}
      notice={
        recorded ? (
          <FormNotice tone="success">{t("recorded")}</FormNotice>
        ) : consigned ? (
          <FormNotice tone="success">{tc("done", { units: Number(consigned) })}</FormNotice>
        ) : null
      }
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="batch-facts" className="rounded-lg border border-line bg-white p-4">
          <h2 id="batch-facts" className="mb-3 flex flex-wrap items-center gap-2 text-lg font-semibold">
            {t("facts")} <ExpiryBadge expiryDate={batch.expiryDate} today={jakartaToday()} />
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {facts.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="font-semibold">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="batch-makers" className="rounded-lg border border-line bg-white p-4">
          <h2 id="batch-makers" className="mb-3 text-lg font-semibold">
            {t("makers")}
          </h2>
          <ul className="grid gap-1 text-sm">
            {batch.contributions.map((c) => (
              <li key={c.participantId} className="flex justify-between gap-4">
                <span>
                  <span className="font-mono">{c.code ?? c.participantId}</span>
                  {c.displayName ? <span className="text-muted"> · {c.displayName}</span> : null}
                </span>
                <span>{c.units != null ? t("units", { count: c.units }) : t("hours", { count: c.hours ?? 0 })}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {batch.remaining > 0 && outlets.length ? (
        <section aria-labelledby="batch-consign" className="mt-6 rounded-lg border border-line bg-white p-4">
          <h2 id="batch-consign" className="mb-1 text-lg font-semibold">
            {tc("title")}
          </h2>
          <p className="mb-3 text-sm text-muted">{tc("intro")}</p>
          <ClientMessages sections={["CoordinatorConsignment", "CoordinatorForm"]}>
            <ConsignForm batchId={batch.id} remaining={batch.remaining} outlets={outlets} />
          </ClientMessages>
        </section>
      ) : null}
      <section aria-labelledby="batch-recall" className="mt-8">
        <h2 id="batch-recall" className="text-xl font-semibold">
          {t("recall")}
        </h2>
        <p className="mb-3 text-sm text-muted">{t("recallIntro")}</p>
        <RecallTable recipients={recall} />
      </section>
    </PortalTemplate>
  )
}
