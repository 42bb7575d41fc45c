import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { nativeRequire } from "./native"
import { eventually } from "./consignment-state"

// A crash, as a test inside the app can play it: a test cannot kill its own
// process, so a workflow run is frozen instead (a step that never returns),
// its last checkpoint dated back, and the in-memory engine's copy of it
// dropped, as a restart minutes later would find it.

const ledgerVerify = (nativeRequire("../../src/scripts/ledger-verify") as typeof import("../../src/scripts/ledger-verify")).default

/** A workflow step that never returns: the run stops inside it. */
export const frozen = { invoke: () => new Promise<never>(() => {}) }

/** Drops the in-memory copy of a run the in-memory workflow engine keeps beside workflow_execution (it reads that copy first), as a restarted process would not have it. */
export function forgetInMemory(container: MedusaContainer, transactionId: string): void {
  const storage = (container.resolve(Modules.WORKFLOW_ENGINE) as any).workflowOrchestratorService_.inMemoryDistributedTransactionStorage_.storage as Record<string, unknown>
  const keys = Object.keys(storage).filter((k) => k.endsWith(`:${transactionId}`))
  if (keys.length !== 1) throw new Error(`expected one in-memory copy of run ${transactionId}, found ${keys.length}`)
  for (const k of keys) delete storage[k]
}

/** ledger:verify's verdict (the exec script's own code): true when green. */
export async function verifyGreen(container: MedusaContainer): Promise<boolean> {
  const before = process.exitCode
  process.exitCode = 0
  await ledgerVerify({ container, args: [] } as never)
  const green = process.exitCode === 0
  process.exitCode = before
  return green
}

/**
 * Each test leaves the ledger whole before the runner restores the database for the next one: the
 * allocation subscriber of a test's last capture runs after the test returns, and when it lands after
 * the restore it writes entries for an order the next test's database lacks, whose ledger:verify then
 * fails ("ledger entries name an order that does not exist", seen on a loaded CI machine).
 */
export function ledgerWholeAfterEach(getContainer: () => MedusaContainer): void {
  afterEach(async () => {
    const green = await eventually(() => verifyGreen(getContainer()), (ok) => ok)
    expect(green, "ledger:verify after the test").toBe(true)
  })
}
