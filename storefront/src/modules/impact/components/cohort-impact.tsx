import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getImpact } from "@/lib/data/impact"
import { SectionHeading } from "@/modules/common/components/section-heading"
import { ImpactFigures } from "./impact-figures"

/**
 * A cohort page's own figures (GET /store/impact?cohort_handle=…), cached
 * under `impact` like the programme's. The cohort's page stands without them:
 * when the figures cannot be read, the section is left out.
 */
export async function CohortImpact({ handle }: { handle: string }) {
  const [t, impact] = await Promise.all([getTranslations("CohortImpact"), getImpact(handle).catch(() => null)])
  if (!impact || impact.empty) return null
  return (
    <section aria-labelledby="cohort-impact" className="mt-12" data-testid="cohort-impact">
      <SectionHeading id="cohort-impact" intro={t("intro")}>
        {t("title")}
      </SectionHeading>
      <ImpactFigures impact={impact} idPrefix="cohort-impact" nested />
      <p className="mt-4">
        <Link href="/impact" className="font-semibold text-maroon underline underline-offset-4">
          {t("allLink")}
        </Link>
      </p>
    </section>
  )
}
