/**
 * Checks the revenue-share ledger against the orders and payments it came
 * from, and the payout statements against the ledger:
 *   npx medusa exec ./src/scripts/ledger-verify.ts   (or `npm run ledger:verify` at the root)
 * With the argument `repair` (`npm run ledger:verify -- --repair`) it first
 * completes what a crash interrupted: checkouts a crash cut short are finished
 * or undone (workflows/checkout/repair-interrupted-checkouts.ts), sell-through report runs a crash cut
 * short are reverted, or finished when their capture had gone through
 * (workflows/consignment/repair-interrupted-reports.ts), and captured orders
 * without their allocation are allocated (the scheduled
 * reconcile-order-allocations job's workflow, over every capture), then checks.
 * Also names consignment reports a crash left half-written (modules/outlet/verify-reports.ts)
 * and checkouts a crash cut short (a complete-cart run stopped mid-way).
 * Exits non-zero listing every offending order and statement
 * (see modules/revenue-share/verify-ledger.ts and modules/payout/verify-statements.ts).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { labelOf, partyLabels } from "./party-labels"
import type { PayableEntry } from "../modules/payout/statement-drafts"
import { verifyStatements, type StatementEntryRecord } from "../modules/payout/verify-statements"
import type { EntryInput } from "../modules/revenue-share/plan"
import { verifyLedger } from "../modules/revenue-share/verify-ledger"
import { loadOrderSales } from "../workflows/revenue-share/order-sales"
import { reconcileOrderAllocationsWorkflow } from "../workflows/revenue-share/reconcile-order-allocations"
import { interruptedCheckouts, repairInterruptedCheckouts } from "../workflows/checkout/repair-interrupted-checkouts"
import { repairInterruptedReports } from "../workflows/consignment/repair-interrupted-reports"
import { LEDGER_MODULE } from "../modules/ledger"
import type { LedgerModuleService } from "../modules/ledger/service"
import { OUTLET_MODULE } from "../modules/outlet"
import type { OutletModuleService } from "../modules/outlet/service"
import { verifyReports, type ReportRecord } from "../modules/outlet/verify-reports"
import { PAYOUT_MODULE } from "../modules/payout"
import type { PayoutModuleService } from "../modules/payout/service"

export default async function ledgerVerify({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (args?.includes("repair")) {
    // Checkouts first: a finished one may be captured later; an undone one frees its stock.
    const checkouts = await repairInterruptedCheckouts(container)
    logger.info(`ledger:verify repair: ${checkouts.reverted.length} checkout(s) a crash cut short undone now${checkouts.reverted.length ? ` (carts ${checkouts.reverted.join(", ")})` : ""}`)
    if (checkouts.completed.length) logger.info(`ledger:verify repair: ${checkouts.completed.length} checkout(s) cut short after the payment finished now (carts ${checkouts.completed.join(", ")})`)
    for (const f of checkouts.failed) logger.error(`ledger:verify repair: the checkout of cart ${f.cart_id} (run ${f.transaction_id}) could not be repaired: ${f.message}`)
    // Reports first: a run finished now (its capture had gone through) has its sale allocated below.
    const reports = await repairInterruptedReports(container)
    logger.info(`ledger:verify repair: ${reports.reverted.length} consignment report run(s) a crash cut short reverted now${reports.reverted.length ? `: ${reports.reverted.join(", ")}` : ""}`)
    if (reports.completed.length) logger.info(`ledger:verify repair: ${reports.completed.length} consignment report run(s) cut short after their capture finished now: ${reports.completed.join(", ")}`)
    for (const f of reports.failed) logger.error(`ledger:verify repair: consignment report run ${f.transaction_id} could not be repaired: ${f.message}`)
    const { result } = await reconcileOrderAllocationsWorkflow(container).run({ input: {} })
    const names = (orders: { display_id: number; order_id: string }[]) => orders.map((o) => `#${o.display_id} ${o.order_id}`).join(", ")
    logger.info(
      `ledger:verify repair: ${result.allocated.length} captured order(s) without allocation allocated now${result.allocated.length ? `: ${names(result.allocated)}` : ""}`
    )
    for (const o of result.failed) logger.error(`ledger:verify repair: order #${o.display_id} ${o.order_id} could not be allocated: ${o.message}`)
  }
  const { summary, lines, problems, statementProblems, reportProblems, checkoutProblems } = await checkLedger(container)
  if (!problems.length && !statementProblems.length && !reportProblems.length && !checkoutProblems.length) {
    logger.info(`ledger:verify OK: ${summary}, every invariant holds`)
    return
  }
  const orders = new Set(problems.map((p) => p.order_id)).size
  const statementCount = new Set(statementProblems.flatMap((p) => (p.statement_id ? [p.statement_id] : []))).size
  logger.error(
    `ledger:verify FAILED: ${problems.length + statementProblems.length + reportProblems.length + checkoutProblems.length} problems, in ${orders} orders and ${statementCount} statements${reportProblems.length ? ` and ${reportProblems.length} consignment reports` : ""}${checkoutProblems.length ? ` and ${checkoutProblems.length} checkouts` : ""} (checked ${summary})\n${lines.join("\n")}`
  )
  // medusa exec ends with process.exit(), which keeps this code: one report, no stack trace.
  process.exitCode = 1
}

/**
 * The whole check, as `npm run ledger:verify` runs it (and the demo history's
 * test reuses it): the problems found, one line each, and what was checked.
 */
export async function checkLedger(container: ExecArgs["container"]) {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const rows = await ledger.listLedgerEntries({})
  const entries = rows as EntryInput[]
  // Orders to check: every order with a captured payment, and every order an entry names.
  const { data: payments } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["payment_collection.order.id"],
    filters: { captured_at: { $ne: null } },
  })
  const orderIds = new Set<string>(entries.map((e) => e.order_id))
  for (const p of payments as { payment_collection?: { order?: { id: string } | null } | null }[]) {
    if (p.payment_collection?.order?.id) orderIds.add(p.payment_collection.order.id)
  }
  const sales = await loadOrderSales(container, [...orderIds])
  const problems = verifyLedger(sales, entries)

  const payout = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const statements = await payout.listPayoutStatements({})
  const records = {
    runs: await payout.listPayoutRuns({}),
    statements,
    statementEntries: (await payout.listPayoutStatementEntries({})) as StatementEntryRecord[],
    ledgerEntries: rows as PayableEntry[],
    openEntryIds: new Set((await ledger.listUnsettledEntries({}, { select: ["ledger_entry_id"] })).map((o) => o.ledger_entry_id)),
  }
  const labels = await partyLabels(container, [...statements, ...rows])
  const statementProblems = verifyStatements(records, (p) => labelOf(labels, p))

  const reports = await container.resolve<OutletModuleService>(OUTLET_MODULE).listConsignmentReports({}, { select: ["id", "outlet_id", "order_id", "created_at"] })
  const reportProblems = verifyReports(await withSales(container, reports), new Date())

  // A checkout stopped mid-way holds stock without an order, or an order without stock or payment.
  const checkoutProblems = (await interruptedCheckouts(container)).map((run) => ({
    cart_id: run.input?.id ?? "?",
    problem: `its checkout stopped mid-way (run ${run.transaction_id}, started ${run.started_at.toISOString()}): repair with ledger:verify -- --repair`,
  }))

  const summary = `${sales.length} orders, ${entries.length} ledger entries, ${statements.length} payout statements, ${reports.length} consignment reports`
  const lines = [
    ...problems.map((p) => `  order ${p.display_id !== null ? `#${p.display_id} ` : ""}${p.order_id}: ${p.problem}`),
    ...statementProblems.map((p) => (p.statement_id ? `  statement ${p.statement_id} (${p.party}): ${p.problem}` : `  ledger (${p.party}): ${p.problem}`)),
    ...reportProblems.map((p) => `  consignment report ${p.report_id} (outlet ${p.outlet_id}): ${p.problem}`),
    ...checkoutProblems.map((p) => `  cart ${p.cart_id}: ${p.problem}`),
  ]
  return { summary, lines, problems, statementProblems, reportProblems, checkoutProblems }
}

/** Each report with its sale order's status and whether its payment was captured. */
async function withSales(container: ExecArgs["container"], reports: { id: string; outlet_id: string; order_id: string | null; created_at: Date | string }[]): Promise<ReportRecord[]> {
  const orderIds = reports.flatMap((r) => (r.order_id ? [r.order_id] : []))
  const sales = new Map<string, { status: string; captured: boolean }>()
  if (orderIds.length) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "status", "payment_collections.payments.captured_at"],
      filters: { id: orderIds },
    })
    for (const o of data as { id: string; status: string; payment_collections?: ({ payments?: ({ captured_at?: unknown } | null)[] | null } | null)[] | null }[]) {
      const captured = (o.payment_collections ?? []).some((c) => (c?.payments ?? []).some((p) => !!p?.captured_at))
      sales.set(o.id, { status: o.status, captured })
    }
  }
  return reports.map((r) => ({ ...r, sale: r.order_id ? sales.get(r.order_id) ?? null : null }))
}
