import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { RegistrationDetails } from "../../lib/registration-token"
import { registerEmailpassIdentityStep } from "../coordinator/steps/register-emailpass-identity"
import { emailTakenStep } from "./steps/email-taken"

export type ConfirmRegistrationInput = RegistrationDetails & { password: string }

export const ALREADY_REGISTERED_MESSAGE =
  "Pendaftaran ini sudah selesai: masuk dengan email dan kata sandi Anda. / This registration is already finished: log in with your email and password."

const refuseTakenStep = createStep("registration-refuse-taken", async ({ taken }: { taken: boolean }) => {
  if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, ALREADY_REGISTERED_MESSAGE)
  return new StepResponse(undefined)
})

/**
 * Finishes a registration from its emailed link (the route has checked the
 * signature): the emailpass identity with the chosen password, then Medusa's
 * customer account on it. A failure in the second undoes the first, so the
 * link can be used again. A second use finds the identity and is refused.
 */
export const confirmRegistrationWorkflow = createWorkflow("confirm-registration", (input: ConfirmRegistrationInput) => {
  const taken = emailTakenStep(transform({ input }, ({ input }) => ({ email: input.email })))
  refuseTakenStep({ taken })
  const identity = registerEmailpassIdentityStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.password })))
  const customer = createCustomerAccountWorkflow.runAsStep({
    input: transform({ input, identity }, ({ input, identity }) => ({
      authIdentityId: identity.id,
      customerData: { email: input.email, first_name: input.first_name, last_name: input.last_name || undefined, phone: input.phone || undefined },
    })),
  })
  return new WorkflowResponse(transform({ customer }, ({ customer }) => ({ id: customer.id, email: customer.email })))
})
