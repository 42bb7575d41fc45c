import "server-only"
import type { Impact } from "@/lib/types/impact"
import { medusaFetch, StoreApiError } from "./fetch"
import type { StoreImpactResponse } from "./impact-wire"
import { reshapeImpact } from "./reshape-impact"
import { TAGS } from "./tags"

/**
 * The whole programme's public figures, or one cohort's (by handle; null when
 * no active cohort has it). Shared by every visitor and cached under `impact`,
 * which the backend revalidates when figures change.
 */
export async function getImpact(cohortHandle?: string): Promise<Impact | null> {
  try {
    const { impact } = await medusaFetch<StoreImpactResponse>("/store/impact", {
      tags: [TAGS.impact],
      query: cohortHandle ? { cohort_handle: cohortHandle } : undefined,
    })
    return reshapeImpact(impact)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}
