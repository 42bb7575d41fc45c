import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type { CoordinatorModuleService } from "../../../modules/coordinator/service"

export const setCoordinatorStatusStepId = "set-coordinator-status"

type Status = "active" | "inactive"

/**
 * Switches a coordinator on or off; nothing else about them changes (cohorts,
 * products, batches stay). Compensation puts the previous status back.
 */
export const setCoordinatorStatusStep = createStep(
  setCoordinatorStatusStepId,
  async ({ id, status }: { id: string; status: Status }, { container }) => {
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    const [coordinator] = await service.listCoordinators({ id }, { select: ["id", "status"] })
    if (!coordinator) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Koordinator tidak ditemukan")
    await service.updateCoordinators({ id, status })
    return new StepResponse({ id, status }, { id, status: coordinator.status as Status })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    await service.updateCoordinators(previous)
  }
)
