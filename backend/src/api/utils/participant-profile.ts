import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCTION_MODULE } from "../../modules/production"
import type { ProductionModuleService } from "../../modules/production/service"

export const PROFILE_ANSWER_FIELDS = ["id", "code", "display_name", "active", "cohort_id", "status", "area", "joined_on", "left_on"] as const

/** A participant with their impact profile, as the profile and move routes answer. */
export const participantWithProfile = (scope: MedusaContainer, id: string) =>
  scope.resolve<ProductionModuleService>(PRODUCTION_MODULE).retrieveParticipant(id, { select: [...PROFILE_ANSWER_FIELDS] as string[] })
