import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, TransactionState, TransactionStepState, TransactionStepStatus } from "@medusajs/framework/utils"

/**
 * What a crash leaves of a workflow run, and the two ways out of it, shared by
 * the repairs of interrupted consignment reports and checkouts (issue 14,
 * faults). A workflow created with `store: true` checkpoints every step in
 * Medusa's workflow_execution table; when the process dies mid-run no
 * compensation runs, and the stored run stays "invoking" with no one to move
 * it. A repair finds such runs and, through Medusa's workflow engine, either
 * finishes them (the interrupted step is given its result) or reverts them
 * (the step fails, or the run is cancelled, and the engine compensates each
 * finished step, newest first). A repaired run is no longer "invoking", so a
 * second repair finds nothing.
 */

/** A run untouched this long was cut short: a live one checkpoints every step, and the locks they take live 2 minutes. */
export const INTERRUPTED_AFTER_MS = 10 * 60 * 1000

const INTERRUPTED = "Interrupted: the process stopped during this step (repaired after a restart)"

export type StaleRun<Input> = {
  id: string
  transaction_id: string
  /** The stored flow: each step's state. */
  execution: unknown
  /** The run's input, as checkpointed at its start. */
  input: Input | undefined
  started_at: Date
}

type StoredContext<Input> = { data?: { payload?: Input } }

// A run the in-memory engine checkpoints only at its start and end (steps without `store: true`, as
// Medusa's own workflows) stays "not_started" in the table while it runs; one with checkpointed steps
// is "invoking", or compensating when the crash came during a rollback.
export const UNFINISHED = [
  TransactionState.NOT_STARTED,
  TransactionState.INVOKING,
  TransactionState.WAITING_TO_COMPENSATE,
  TransactionState.COMPENSATING,
]

/** Runs of one workflow still unfinished with no checkpoint since `interruptedAfterMs` (only "invoking" ones, unless `states` says otherwise). */
export async function staleRuns<Input>(
  container: MedusaContainer,
  workflowId: string,
  now: Date,
  interruptedAfterMs: number,
  states: TransactionState[] = [TransactionState.INVOKING]
): Promise<StaleRun<Input>[]> {
  const runs = await container.resolve(Modules.WORKFLOW_ENGINE).listWorkflowExecutions(
    { workflow_id: workflowId, state: states, updated_at: { $lte: new Date(now.getTime() - interruptedAfterMs).toISOString() } },
    { select: ["id", "transaction_id", "execution", "context", "created_at"] }
  )
  return runs.map(({ id, transaction_id, execution, context, created_at }) => ({
    id,
    transaction_id,
    execution,
    started_at: new Date(created_at),
    input: (context as StoredContext<Input> | null)?.data?.payload,
  }))
}

type StoredFlow = { steps?: Record<string, { definition?: { action?: string }; invoke?: { status?: string; state?: string } } | undefined> }

/** The step the run was inside when it stopped (checkpointed as started, never finished), by its action name; null between two steps. */
export function interruptedStep(execution: unknown): string | null {
  for (const [id, step] of Object.entries((execution as StoredFlow | null)?.steps ?? {})) {
    if (id !== "_root" && step?.invoke?.status === TransactionStepStatus.WAITING && step.definition?.action) return step.definition.action
  }
  return null
}

/** True when the run's step of this action finished before it stopped (checkpointed as done). */
export function stepDone(execution: unknown, action: string): boolean {
  return Object.entries((execution as StoredFlow | null)?.steps ?? {}).some(
    ([id, step]) => id !== "_root" && step?.definition?.action === action && step.invoke?.state === TransactionStepState.DONE
  )
}

const stepKey = (workflowId: string, transactionId: string, stepId: string) => ({ workflowId, transactionId, stepId, action: "invoke" as const })

/** The step the crash cut off succeeds now with `result`, and the engine runs the rest of the workflow. */
export async function finishStep(container: MedusaContainer, workflowId: string, transactionId: string, stepId: string, result: unknown): Promise<void> {
  await container
    .resolve(Modules.WORKFLOW_ENGINE)
    .setStepSuccess({ idempotencyKey: stepKey(workflowId, transactionId, stepId), stepResponse: result, options: { container } })
}

/**
 * The step the crash cut off fails now, as if it had thrown: the engine
 * compensates every step that finished. A failed step is not compensated
 * itself, so the caller first undoes what it may have written before its
 * checkpoint.
 */
export async function failStep(container: MedusaContainer, workflowId: string, transactionId: string, stepId: string): Promise<void> {
  await container.resolve(Modules.WORKFLOW_ENGINE).setStepFailure({
    idempotencyKey: stepKey(workflowId, transactionId, stepId),
    stepResponse: new MedusaError(MedusaError.Types.UNEXPECTED_STATE, INTERRUPTED),
    options: { forcePermanentFailure: true, throwOnError: false, container },
  })
}

type Cancellable = (container: MedusaContainer) => {
  cancel: (args: { transactionId: string; throwOnError: boolean; container: MedusaContainer }) => Promise<{ transaction: { getErrors: () => unknown[] } }>
}

/**
 * A run cut off between two steps: nothing is running, so it is cancelled
 * (compensated) as a whole. Through the workflow itself, not engine.cancel:
 * the engine loads the stored run into a workflow without the app's
 * container, and every compensation then fails to resolve its modules.
 */
export async function cancelRun(container: MedusaContainer, workflow: Cancellable, transactionId: string): Promise<void> {
  const { transaction } = await workflow(container).cancel({ transactionId, throwOnError: false, container })
  const errors = transaction.getErrors() as { action: string; handlerType: string; error: { message?: string } }[]
  if (errors.length) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, errors.map((e) => `${e.action} (${e.handlerType}): ${e.error?.message}`).join("; "))
}

/** Throws unless the run ended as the repair meant it to (a run without retention that finished leaves no row). */
export async function assertEnded(container: MedusaContainer, workflowId: string, transactionId: string, ended: "completed" | "reverted"): Promise<void> {
  const expected = ended === "completed" ? TransactionState.DONE : TransactionState.REVERTED
  const [left] = await container
    .resolve(Modules.WORKFLOW_ENGINE)
    .listWorkflowExecutions({ workflow_id: workflowId, transaction_id: transactionId }, { select: ["state"] })
  if (left && left.state !== expected) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `the run is ${left.state} after its repair, not ${expected}`)
}

/**
 * Marks a run repaired by hand (its data finished or undone outside the
 * engine, because its steps left no checkpoint to resume or compensate): the
 * engine offers no call for a run it no longer holds, so the row's state is
 * set to where the repair left it, and a second repair passes it by.
 */
export async function closeRun(container: MedusaContainer, run: { id: string }, ended: "completed" | "reverted"): Promise<void> {
  const state = ended === "completed" ? TransactionState.DONE : TransactionState.REVERTED
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`update workflow_execution set state = ?, updated_at = now() where id = ?`, [state, run.id])
}
