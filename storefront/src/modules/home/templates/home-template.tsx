import { useTranslations } from "next-intl"
import type { Category } from "@/lib/types/category"
import type { Cohort } from "@/lib/types/cohort"
import type { ProductCard } from "@/lib/types/product"
import { ProductGrid } from "@/modules/common/components/product-grid"
import { SectionHeading } from "@/modules/common/components/section-heading"
import { CohortGrid } from "@/modules/cohort/components/cohort-grid"
import { ImpactTeaser } from "@/modules/impact/components/impact-teaser"
import { CategoryShowcase } from "../components/category-showcase"
import { Hero } from "../components/hero"

type Props = { categories: Category[]; cohorts: Cohort[]; featured: ProductCard[] }

export function HomeTemplate({ categories, cohorts, featured }: Props) {
  const t = useTranslations("Home")
  return (
    <>
      <Hero />
      <CategoryShowcase categories={categories} />
      <section aria-labelledby="kelompok" className="bg-sand/60 py-10">
        <div className="mx-auto max-w-6xl px-4">
          <SectionHeading id="kelompok" intro={t("cohortsIntro")}>
            {t("cohortsTitle")}
          </SectionHeading>
          <CohortGrid cohorts={cohorts} />
        </div>
      </section>
      <ImpactTeaser />
      <section aria-labelledby="featured-title" className="mx-auto max-w-6xl px-4 py-10">
        <SectionHeading id="featured-title">{t("featuredTitle")}</SectionHeading>
        <ProductGrid products={featured} />
      </section>
    </>
  )
}
