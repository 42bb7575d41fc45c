import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeFigures, jakartaDate, type ImpactFilters } from "../../modules/impact/figures"
import { firstFactDay, gatherImpactFactsStep } from "./steps/gather-impact-facts"

export type ComputeImpactFiguresInput = Omit<ImpactFilters, "from" | "to"> & {
  /** YYYY-MM-DD; default the first month with any fact (the programme's start). */
  from?: string
  /** YYYY-MM-DD; default today in Jakarta. */
  to?: string
  /** The cohorts the asker may see; absent = all (operators, the public). */
  cohort_ids?: string[]
}

export const computeImpactFiguresWorkflowId = "compute-impact-figures"

/** The impact figures for a period and filter, from the ledger, payouts, orders, trainings and inputs as they are now. */
export const computeImpactFiguresWorkflow = createWorkflow(computeImpactFiguresWorkflowId, (input: ComputeImpactFiguresInput) => {
  const to = transform({ input }, ({ input }) => input.to ?? jakartaDate(new Date()))
  const gatherInput = transform({ input, to }, ({ input, to }) => ({ to, cohort_ids: input.cohort_ids }))
  const facts = gatherImpactFactsStep(gatherInput)
  const figures = transform({ input, to, facts }, ({ input, to, facts }) => {
    const { cohort_ids: _scope, from, ...filters } = input
    const start = from ?? firstFactDay(facts) ?? to
    return computeFigures(facts, { ...filters, from: start <= to ? start : to, to })
  })
  return new WorkflowResponse(figures)
})
