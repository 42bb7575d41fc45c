import type { CohortDTO } from "../../modules/cohort/types"

export type CohortFields = Pick<
  CohortDTO,
  "handle" | "name" | "facility_name" | "facility_type" | "area" | "craft_line" | "tagline" | "story"
> & {
  image_url?: string | null
  status?: CohortDTO["status"]
  metadata?: Record<string, unknown> | null
}

export type CohortAddress = {
  address_1: string
  city: string
  province?: string
  postal_code?: string
  country_code: string
}

/** Translated public fields by locale code, e.g. { "en-US": { story: "…" } }. */
export type CohortTranslations = Record<string, Partial<Pick<CohortDTO, "name" | "tagline" | "story">>>

export type CreateCohortInput = CohortFields & {
  translations?: CohortTranslations
  /** Where the cohort keeps its stock: becomes the cohort's own stock location. */
  address: CohortAddress
  /** Sales channels that may sell from the cohort's stock. */
  sales_channel_ids: string[]
}

export type UpdateCohortInput = Partial<CohortFields> & { id: string; translations?: CohortTranslations }
