import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type { CoordinatorModuleService } from "../../../modules/coordinator/service"

export type CreateCoordinatorStepInput = { email: string; name: string }

export const createCoordinatorStep = createStep(
  "create-coordinator",
  async (input: CreateCoordinatorStepInput, { container }) => {
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    const coordinator = await service.createCoordinators({ email: input.email.toLowerCase(), name: input.name })
    return new StepResponse(coordinator, coordinator.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    await service.deleteCoordinators(id)
  }
)
