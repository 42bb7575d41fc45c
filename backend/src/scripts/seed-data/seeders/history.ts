import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { jakartaDay } from "../../../lib/jakarta-time"
import { monthPeriod } from "../../../lib/jakarta-period"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type { PayoutModuleService } from "../../../modules/payout/service"
import { checkoutServerCart } from "../../../workflows/checkout/server-cart"
import { placeConsignmentWorkflow } from "../../../workflows/consignment/place-consignment"
import { reportConsignmentSalesWorkflow } from "../../../workflows/consignment/report-consignment-sales"
import { createMakerNoteWorkflow } from "../../../workflows/maker-note/create-maker-note"
import { moderateMakerNoteWorkflow } from "../../../workflows/maker-note/moderate-maker-note"
import { markOutletInvoicePaidWorkflow } from "../../../workflows/outlet/mark-invoice-paid"
import { placeOutletOrderWorkflow } from "../../../workflows/outlet/place-outlet-order"
import { markStatementPaidWorkflow } from "../../../workflows/payout/mark-statement-paid"
import { runPayoutWorkflow } from "../../../workflows/payout/run-payout"
import { drawOrderBatchesWorkflow } from "../../../workflows/production/draw-order-batches"
import { recordBatchWorkflow } from "../../../workflows/production/record-batch"
import { allocateOrderRevenueWorkflow } from "../../../workflows/revenue-share/allocate-order-revenue"
import { reverseOrderRevenueWorkflow } from "../../../workflows/revenue-share/reverse-order-revenue"
import { COHORTS, PRODUCTS } from "../catalog"
import { DEMO_LOGINS } from "../demo-logins"
import { historyPlan, type MonthPlan, type OnlineOrderPlan, type OutletOrderPlan } from "../history"
import { participantCount, splitUnits } from "../production"
import { DEFAULT_CASE_PACKS } from "../outlet-case-packs"
import { OUTLETS } from "../outlets"
import { STORE } from "../store"
import { backdateBatch, backdateConsignment, backdateNote, backdateOrder, backdatePayoutRun } from "./backdate"
import type { CohortIds } from "./cohorts"
import { seedImpactHistory } from "./history-impact"
import type { ParticipantIds } from "./participants"

const DAY_MS = 24 * 60 * 60 * 1000
/** The bank-transfer provider the shop offers (store.ts), as a buyer who pays by transfer uses it. */
const BANK_TRANSFER_PROVIDER = "pp_system_default"

type Variant = { id: string; sku: string; cohort: string; food: boolean }
type Buyer = { outlet_id: string; sales_channel_id: string; customer_group_id: string; customer_id: string; email: string }

export type HistoryContext = {
  regionId: string
  salesChannelId: string
  operatorId: string
  variants: Map<string, Variant>
  cohorts: CohortIds
  participants: ParticipantIds
  buyers: Map<string, Buyer>
  /** Cohort id → the coordinator who decides its notes. */
  coordinators: Map<string, string>
}

/** Whether `npm start`'s seed adds the six months of history (README, configuration). */
export const demoHistoryEnabled = (env: NodeJS.ProcessEnv = process.env) => ["1", "true", "on", "yes"].includes((env.KARYA_DEMO_HISTORY ?? "").toLowerCase())

/**
 * Six months of history played through the real workflows, month by month,
 * oldest first (seed-data/history.ts says what happens): each month's
 * production batches, online orders paid by bank transfer (captured by the
 * operator, a few refunded, a few never paid and canceled; every third paid
 * buyer thanks the makers, and the coordinator decides), outlet orders on
 * invoice marked paid, consignment placed and reported sold, every capture
 * allocated to the ledger; then the month is moved back to its dates
 * (backdate.ts) and its payout run made and paid. Trainings, participant
 * profiles and the sponsor's inputs follow (history-impact.ts). The seed
 * runs without subscribers (medusa exec), so the workflows they would run
 * (batch draws, allocation, reversal) run here; in a running app they are
 * idempotent, so a subscriber arriving as well changes nothing.
 * Returns what it made, for the log.
 */
export async function seedHistory(container: MedusaContainer, cohorts: CohortIds, participants: ParticipantIds, now = new Date()) {
  const ctx = await historyContext(container, cohorts, participants)
  const plan = historyPlan(
    now,
    COHORTS.map((c, index) => ({ handle: c.handle, facility_name: c.facility_name, participants: participantCount(index) }))
  )
  const done = { orders: 0, runs: 0, statements: 0 }
  for (const month of plan) {
    done.orders += await playSales(container, ctx, month)
    const run = await payMonth(container, ctx, month, now)
    done.runs += run ? 1 : 0
    done.statements += run?.statements ?? 0
  }
  const impact = await seedImpactHistory(container, ctx, plan)
  return { months: plan.length, ...done, ...impact }
}

async function historyContext(container: MedusaContainer, cohorts: CohortIds, participants: ParticipantIds): Promise<HistoryContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: STORE.currency } })
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: STORE.salesChannel.name } })
  const operator = DEMO_LOGINS.find((l) => l.role === "operator")!
  const [user] = await container.resolve(Modules.USER).listUsers({ email: operator.email })
  const { data: rows } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku)) } })
  const variants = new Map<string, Variant>()
  for (const row of rows as { id: string; sku: string }[]) {
    const product = PRODUCTS.find((p) => p.variants.some((v) => v.sku === row.sku))!
    variants.set(row.sku, { id: row.id, sku: row.sku, cohort: product.cohort, food: !!product.food_label })
  }
  const { data: outlets } = await query.graph({
    entity: "outlet",
    fields: ["id", "handle", "sales_channel.id", "customer_group.id", "customer_group.customers.id", "customer_group.customers.email"],
  })
  const buyers = new Map<string, Buyer>()
  for (const o of outlets as any[]) {
    const login = DEMO_LOGINS.find((l) => l.role === "outlet buyer" && l.outletHandle === o.handle)
    const customer = o.customer_group?.customers?.find((c: { email: string } | null) => c?.email === login?.email)
    if (!customer || !o.sales_channel) continue
    buyers.set(o.handle, { outlet_id: o.id, sales_channel_id: o.sales_channel.id, customer_group_id: o.customer_group.id, customer_id: customer.id, email: customer.email })
  }
  const { data: coordinatorRows } = await query.graph({ entity: "coordinator", fields: ["id", "cohorts.id"] })
  const coordinators = new Map<string, string>()
  for (const c of coordinatorRows as { id: string; cohorts?: ({ id: string } | null)[] }[]) {
    for (const cohort of c.cohorts ?? []) if (cohort && !coordinators.has(cohort.id)) coordinators.set(cohort.id, c.id)
  }
  return { regionId: regions[0].id, salesChannelId: channels[0].id, operatorId: user.id, variants, cohorts, participants, buyers, coordinators }
}

/** The month's units, made before they are sold: one batch per variant by its cohort's participants. */
type Produced = { batches: Map<string, string>; backdate: () => Promise<void> }

async function produce(container: MedusaContainer, ctx: HistoryContext, month: MonthPlan): Promise<Produced> {
  const units = new Map<string, number>()
  const add = (sku: string, n: number) => units.set(sku, (units.get(sku) ?? 0) + n)
  for (const o of month.online) for (const l of o.lines) add(l.sku, l.quantity)
  for (const o of month.outlet) for (const l of o.lines) add(l.sku, l.cartons * caseUnits(l.handle, o.outlet))
  for (const c of month.consignment) for (const l of c.lines) add(l.sku, l.quantity)
  const batches = new Map<string, string>()
  const dates: { id: string; produced: Date; expiry: Date | null }[] = []
  let i = 0
  for (const [sku, quantity] of units) {
    const variant = ctx.variants.get(sku)
    const cohort = variant && ctx.cohorts.get(variant.cohort)
    const makers = (variant && ctx.participants.get(variant.cohort)) ?? []
    if (!variant || !cohort || !makers.length) continue
    const team = Array.from({ length: Math.min(makers.length, 2 + (i % 3)) }, (_, k) => makers[(i + k) % makers.length])
    const split = splitUnits(quantity, team.length)
    // Recorded today with an expiry two days ahead, so first-expiry-first draws this month's sales from it;
    // once they are drawn, backdate.ts gives it the month's production day and its real shelf life. Not
    // before: a batch already past its shelf life supplies nothing, the sales would draw the catalog's
    // stock, and the hourly expiry job would then write this batch's units off the shop's stock.
    const { result } = await recordBatchWorkflow(container).run({
      input: {
        cohort_id: cohort.id,
        variant_id: variant.id,
        batch_code: `${sku}-R${month.month.replace("-", "")}`,
        quantity,
        production_date: new Date(),
        expiry_date: variant.food ? new Date(Date.now() + 2 * DAY_MS) : null,
        contributions: split.map((u, k) => ({ participant_id: team[k], units: u })),
      },
    })
    const produced = new Date(new Date(`${month.month}-01T08:00:00+07:00`).getTime() - 3 * DAY_MS)
    dates.push({ id: result.id, produced, expiry: variant.food ? new Date(produced.getTime() + 120 * DAY_MS) : null })
    batches.set(sku, result.id)
    i++
  }
  return { batches, backdate: async () => { for (const d of dates) await backdateBatch(container, d.id, d.produced, d.expiry) } }
}

/** Units in one carton of the product for the outlet (its own carton first, as the order check counts them). */
function caseUnits(handle: string, outlet: string): number {
  return OUTLETS.find((o) => o.handle === outlet)?.case_packs[handle] ?? DEFAULT_CASE_PACKS[handle] ?? 1
}

/** Sales of one month through the workflows, moved back to their dates. Returns the orders placed. */
async function playSales(container: MedusaContainer, ctx: HistoryContext, month: MonthPlan): Promise<number> {
  const { batches, backdate } = await produce(container, ctx, month)
  // In the order they happened, so order numbers follow their dates; consignment reports close the month.
  type Sale = { at: Date; online?: OnlineOrderPlan; outlet?: OutletOrderPlan }
  const sales: Sale[] = [...month.online.map((o) => ({ at: o.placed_at, online: o })), ...month.outlet.map((o) => ({ at: o.placed_at, outlet: o }))]
  sales.sort((x, y) => x.at.getTime() - y.at.getTime())
  let orders = 0
  for (const sale of sales) {
    if (sale.online) orders += await playOnlineOrder(container, ctx, sale.online)
    if (sale.outlet) orders += await playOutletOrder(container, ctx, sale.outlet)
  }
  for (const c of month.consignment) {
    const buyer = ctx.buyers.get(c.outlet)
    if (!buyer) continue
    const placements: string[] = []
    for (const l of c.lines) {
      const batch_id = batches.get(l.sku)
      if (!batch_id) continue
      const { result } = await placeConsignmentWorkflow(container).run({ input: { outlet_id: buyer.outlet_id, batch_id, quantity: l.quantity } })
      placements.push(result.id)
    }
    const { result } = await reportConsignmentSalesWorkflow(container).run({
      input: {
        outlet: buyer,
        period_start: c.period_start,
        period_end: c.period_end,
        lines: c.lines.map((l) => ({ variant_id: ctx.variants.get(l.sku)!.id, quantity: l.quantity })),
      },
    })
    await allocateOrderRevenueWorkflow(container).run({ input: { order_id: result.order_id } })
    await backdateOrder(container, { order_id: result.order_id, placed_at: c.reported_at, paid_at: c.reported_at })
    await backdateConsignment(container, placements, c.placed_at, result.report_id, c.reported_at)
    orders++
  }
  // The month's sales drew its batches: now they can take their own dates.
  await backdate()
  return orders
}

/** A shopper's order paid by bank transfer, captured by the operator; a few refunded, a few never paid and canceled. */
async function playOnlineOrder(container: MedusaContainer, ctx: HistoryContext, o: OnlineOrderPlan): Promise<number> {
  const { order_id } = await checkoutServerCart(container, {
    region_id: ctx.regionId,
    sales_channel_id: ctx.salesChannelId,
    email: o.email,
    locale: "id-ID",
    items: o.lines.map((l) => ({ variant_id: ctx.variants.get(l.sku)!.id, quantity: l.quantity })),
    address: { first_name: o.first_name, last_name: "Pembeli", address_1: "Jl. Contoh Riwayat No. 1", city: o.city, province: "id-ss", postal_code: "30111", country_code: "id" },
    shipping_code: "reguler",
    provider_id: BANK_TRANSFER_PROVIDER,
    metadata: { demo_history: true },
  })
  await drawOrderBatchesWorkflow(container).run({ input: { order_id } })
  if (o.fate === "unpaid_canceled") {
    // The buyer never transferred: the operator cancels the order after a few days.
    const canceled_at = new Date(o.placed_at.getTime() + 3 * DAY_MS)
    await cancelOrderWorkflow(container).run({ input: { order_id, canceled_by: ctx.operatorId } })
    await backdateOrder(container, { order_id, placed_at: o.placed_at, canceled_at })
  } else {
    const payment = await paymentOf(container, order_id)
    await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id, captured_by: ctx.operatorId } })
    await allocateOrderRevenueWorkflow(container).run({ input: { order_id } })
    if (o.fate === "refunded") {
      await refundPaymentWorkflow(container).run({ input: { payment_id: payment.id, amount: payment.amount, created_by: ctx.operatorId, note: "Barang rusak dalam pengiriman" } })
      await reverseOrderRevenueWorkflow(container).run({ input: { order_id } })
    }
    await backdateOrder(container, { order_id, placed_at: o.placed_at, paid_at: o.paid_at, refunded_at: o.fate === "refunded" ? o.refunded_at : undefined })
    if (o.note) await thankMakers(container, ctx, order_id, o)
  }
  return 1
}

/** The buyer's thank-you to the cohort of the order's first line, and its coordinator's decision, as the portals make them. */
async function thankMakers(container: MedusaContainer, ctx: HistoryContext, order_id: string, o: OnlineOrderPlan): Promise<void> {
  const note = o.note!
  const cohort = ctx.cohorts.get(ctx.variants.get(o.lines[0].sku)!.cohort)
  if (!cohort) return
  const { result } = await createMakerNoteWorkflow(container).run({
    input: { order_id, cohort_id: cohort.id, author_kind: "customer", first_name: note.share_name ? o.first_name : null, message: note.message },
  })
  const coordinator = ctx.coordinators.get(cohort.id)
  const decided = note.decision !== "pending" && coordinator
  if (decided) {
    const action = note.decision === "approved" ? "approve" : "reject"
    await moderateMakerNoteWorkflow(container).run({ input: { id: result.id, action, moderated_by: coordinator, cohort_ids: [cohort.id] } })
  }
  await backdateNote(container, result.id, note.written_at, decided ? note.decided_at : undefined)
}

/** An outlet's wholesale order on invoice, marked paid by the operator. */
async function playOutletOrder(container: MedusaContainer, ctx: HistoryContext, o: OutletOrderPlan): Promise<number> {
  const buyer = ctx.buyers.get(o.outlet)
  if (!buyer) return 0
  const { result } = await placeOutletOrderWorkflow(container).run({
    input: {
      outlet: buyer,
      po_number: o.po_number,
      delivery: "delivery",
      items: o.lines.map((l) => ({ variant_id: ctx.variants.get(l.sku)!.id, quantity: l.cartons * caseUnits(l.handle, o.outlet) })),
    },
  })
  await drawOrderBatchesWorkflow(container).run({ input: { order_id: result.order_id } })
  await markOutletInvoicePaidWorkflow(container).run({ input: { order_id: result.order_id, reference: `TRF-${o.po_number}`, captured_by: ctx.operatorId } })
  await allocateOrderRevenueWorkflow(container).run({ input: { order_id: result.order_id } })
  await backdateOrder(container, { order_id: result.order_id, placed_at: o.placed_at, paid_at: o.paid_at })
  return 1
}

async function paymentOf(container: MedusaContainer, orderId: string): Promise<{ id: string; amount: number }> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.id", "payment_collections.payments.amount"],
    filters: { id: orderId },
  })
  const payment = (data[0] as any).payment_collections[0].payments[0]
  return { id: payment.id, amount: Number(payment.amount) }
}

/** The month's payout run, made on the 1st of the next month, each statement paid the day after. */
async function payMonth(container: MedusaContainer, ctx: HistoryContext, month: MonthPlan, now: Date): Promise<{ statements: number } | null> {
  const period = monthPeriod(month.month)
  const { result } = await runPayoutWorkflow(container).run({
    input: { period: period.label, period_from: period.from.toISOString(), period_to: period.to.toISOString(), created_by: ctx.operatorId },
  })
  if (!result) return null
  // Never after today (the workflow refuses a future payment day).
  const paidOn = month.paid_on > jakartaDay(now) ? jakartaDay(now) : month.paid_on
  const statements = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayoutStatements({ run_id: result.id } as any, { select: ["id", "party_type"] })
  // Statements lock one by one (their own keys): a few at a time keeps the first start short.
  for (let from = 0; from < statements.length; from += 6) {
    await Promise.all(
      statements.slice(from, from + 6).map((s, k) =>
        markStatementPaidWorkflow(container).run({
          input: {
            statement_id: s.id,
            reference: `TRF-${month.month.replace("-", "")}-${String(from + k + 1).padStart(3, "0")}`,
            paid_at: new Date(`${paidOn}T00:00:00+07:00`).toISOString(),
            paid_by: ctx.operatorId,
            paid_by_type: "user",
          },
        })
      )
    )
  }
  await backdatePayoutRun(container, result.id, month.payout_at > now ? now : month.payout_at, new Date(`${paidOn}T10:00:00+07:00`))
  return { statements: statements.length }
}
