import { useTranslations } from "next-intl"
import type { Cohort } from "@/lib/types/cohort"
import type { ProductCard } from "@/lib/types/product"
import { Breadcrumbs } from "@/modules/common/components/breadcrumbs"
import { ProductGrid } from "@/modules/common/components/product-grid"
import { SectionHeading } from "@/modules/common/components/section-heading"
import { CohortImpact } from "@/modules/impact/components/cohort-impact"
import { CohortFacts } from "../components/cohort-facts"
import { CohortNotes } from "../components/cohort-notes"

/** A cohort's public page: its anonymised story and everything it makes. */
export function CohortTemplate({ cohort, products }: { cohort: Cohort; products: ProductCard[] }) {
  const t = useTranslations("Cohort")
  const layout = useTranslations("Layout")
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs crumbs={[{ label: layout("cohortsLink"), href: { pathname: "/", hash: "kelompok" } }, { label: cohort.name }]} />
      <div className="grid gap-8 md:grid-cols-[2fr_3fr] md:items-start">
        {cohort.imageUrl ? (
          // A square box before the photo arrives (the cohorts' photos are square; another is cropped to it): on
          // a phone the story sits under the photo, and a box that grew on load pushed it down (Lighthouse CLS 0.24).
          // The first thing a phone paints large, so it is fetched first.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={cohort.imageUrl} alt={cohort.name} className="aspect-square w-full rounded-lg border border-line bg-sand object-cover" fetchPriority="high" />
        ) : null}
        <div className="space-y-5">
          <p className="text-sm font-semibold tracking-wide text-maroon uppercase">
            {t(`facilityShort.${cohort.facilityType}`)} · {t(`craftLine.${cohort.craftLine}`)}
          </p>
          <h1 className="text-3xl leading-tight font-bold md:text-4xl">{cohort.name}</h1>
          <p className="font-serif text-xl text-muted italic">{cohort.tagline}</p>
          <CohortFacts cohort={cohort} />
          <section aria-labelledby="cohort-story">
            <h2 id="cohort-story" className="mb-2 text-xl font-semibold">
              {t("storyTitle")}
            </h2>
            <p className="leading-relaxed whitespace-pre-line">{cohort.story}</p>
            <p className="mt-3 text-sm text-muted">{t("privacyNote")}</p>
          </section>
        </div>
      </div>
      <section aria-labelledby="cohort-products" className="mt-12">
        <SectionHeading id="cohort-products">{t("productsTitle")}</SectionHeading>
        {products.length ? <ProductGrid products={products} /> : <p className="text-muted">{t("noProducts")}</p>}
      </section>
      <CohortImpact handle={cohort.handle} />
      <CohortNotes handle={cohort.handle} />
    </div>
  )
}
