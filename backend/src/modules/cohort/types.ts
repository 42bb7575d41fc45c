import { InferTypeOf } from "@medusajs/framework/types"
import { Cohort } from "./models/cohort"

export type CohortDTO = InferTypeOf<typeof Cohort>
export type FacilityType = CohortDTO["facility_type"]
export type CohortArea = CohortDTO["area"]
export type CraftLine = CohortDTO["craft_line"]
export type CohortStatus = CohortDTO["status"]
