import "server-only"
import type { Training } from "@/lib/types/impact"
import type { CoordinatorTrainingListResponse } from "../impact-wire"
import { reshapeTraining } from "../reshape-impact"
import { portalRead } from "./read"

/** The cohort's trainings and study visits, latest first, with who attended (codes only). */
export async function listTrainings(cohortId: string): Promise<Training[]> {
  const { trainings } = await portalRead<CoordinatorTrainingListResponse>("/coordinator/trainings", { cohort_id: cohortId })
  return trainings.map(reshapeTraining).sort((a, b) => b.heldOn.localeCompare(a.heldOn) || a.title.localeCompare(b.title))
}
