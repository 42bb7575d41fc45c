import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type { CoordinatorModuleService } from "../../../modules/coordinator/service"

/** Invitations create accounts; an email that already is a coordinator is refused. */
export const ensureNewCoordinatorStep = createStep(
  "ensure-new-coordinator",
  async ({ email }: { email: string }, { container }) => {
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    const [existing] = await service.listCoordinators({ email: email.toLowerCase() })
    if (existing) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${email} sudah terdaftar sebagai koordinator`)
    }
    return new StepResponse(undefined)
  }
)
