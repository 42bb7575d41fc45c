import { MedusaService } from "@medusajs/framework/utils"
import { ProgrammeInput } from "./models/programme-input"
import { Training } from "./models/training"
import { TrainingAttendance } from "./models/training-attendance"

/** Trainings with their attendance, and the sponsor's programme inputs. Figures are computed in ./figures. */
export class ImpactModuleService extends MedusaService({ Training, TrainingAttendance, ProgrammeInput }) {}

export default ImpactModuleService
