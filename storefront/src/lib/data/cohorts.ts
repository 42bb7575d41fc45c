import "server-only"
import type { AppLocale } from "@/i18n/routing"
import type { Cohort } from "@/lib/types/cohort"
import { medusaFetch, StoreApiError } from "./fetch"
import { reshapeCohort } from "./reshape-cohort"
import type { StoreCohortListResponse, StoreCohortResponse } from "./store-types"
import { TAGS } from "./tags"

/** Every active cohort, for the home page grid. */
export async function listCohorts(locale: AppLocale): Promise<Cohort[]> {
  const { cohorts } = await medusaFetch<StoreCohortListResponse>("/store/cohorts", {
    locale,
    tags: [TAGS.cohorts],
    query: { limit: 50 },
  })
  return cohorts.map(reshapeCohort)
}

/** One cohort's public profile, or null when no active cohort has that handle. */
export async function getCohort(handle: string, locale: AppLocale): Promise<Cohort | null> {
  try {
    const { cohort } = await medusaFetch<StoreCohortResponse>(`/store/cohorts/${encodeURIComponent(handle)}`, {
      locale,
      tags: [TAGS.cohorts],
    })
    return reshapeCohort(cohort)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}
