import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type { CoordinatorModuleService } from "../../../modules/coordinator/service"

export const recordCoordinatorLoginStepId = "record-coordinator-login"

/** Stamps the coordinator's last sign-in; compensation puts the earlier one back. */
export const recordCoordinatorLoginStep = createStep(
  recordCoordinatorLoginStepId,
  async ({ id, at }: { id: string; at: Date }, { container }) => {
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    const [coordinator] = await service.listCoordinators({ id }, { select: ["id", "last_login_at"] })
    if (!coordinator) return new StepResponse(undefined)
    await service.updateCoordinators({ id, last_login_at: at })
    return new StepResponse(undefined, { id, last_login_at: coordinator.last_login_at ?? null })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    await service.updateCoordinators(previous)
  }
)
