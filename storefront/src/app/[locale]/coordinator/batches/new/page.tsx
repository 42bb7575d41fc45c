import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listParticipants } from "@/lib/data/coordinator/participants"
import { listCohortProducts } from "@/lib/data/coordinator/products"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { jakartaToday } from "@/lib/util/jakarta-time"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { batchVariantChoices } from "@/modules/coordinator/batch-choices"
import { BatchForm } from "@/modules/coordinator/components/batch-form"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/batches/new", (await getTranslations("CoordinatorBatches"))("newTitle"))
}

export default async function NewBatchPage() {
  const { cohort } = await requireCohort("/coordinator/batches/new")
  const [t, products, participants] = await Promise.all([getTranslations("CoordinatorBatches"), listCohortProducts(cohort.id), listParticipants(cohort.id)])
  const choices = batchVariantChoices(products)
  return (
    <PortalTemplate title={t("newTitle")} intro={t("newIntro", { cohort: cohort.name })}>
      <ClientMessages sections={["CoordinatorForm"]}>
        <BatchForm cohortId={cohort.id} products={choices} participants={participants} today={jakartaToday()} />
      </ClientMessages>
    </PortalTemplate>
  )
}
