/**
 * Checks the revenue-share ledger against the orders and payments it came from:
 *   npx medusa exec ./src/scripts/ledger-verify.ts   (or `npm run ledger:verify` at the root)
 * Exits non-zero listing every offending order (see lib/revenue-share/verify.ts).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadOrderSales } from "../lib/revenue-share/order-sales"
import type { EntryInput } from "../lib/revenue-share/plan"
import { verifyLedger } from "../lib/revenue-share/verify"
import { LEDGER_MODULE } from "../modules/ledger"
import type { LedgerModuleService } from "../modules/ledger/service"

export default async function ledgerVerify({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const entries = (await container.resolve<LedgerModuleService>(LEDGER_MODULE).listLedgerEntries({})) as unknown as EntryInput[]
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
  if (!problems.length) {
    logger.info(`ledger:verify OK: ${sales.length} orders, ${entries.length} ledger entries, every invariant holds`)
    return
  }
  const lines = problems.map((p) => `  order ${p.display_id !== null ? `#${p.display_id} ` : ""}${p.order_id}: ${p.problem}`)
  const orders = new Set(problems.map((p) => p.order_id)).size
  logger.error(`ledger:verify FAILED: ${problems.length} problems in ${orders} orders\n${lines.join("\n")}`)
  // medusa exec ends with process.exit(), which keeps this code: one report, no stack trace.
  process.exitCode = 1
}
