import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import {
  jakartaDate,
  jakartaDayStart,
  type Channel,
  type ImpactFacts,
  type LedgerFact,
  type NoteFact,
} from "../../../modules/impact/figures"
import { CONSIGNMENT_MODE, OUTLET_CHANNEL } from "../../../modules/outlet/channel"

export type GatherImpactFactsInput = {
  /** Last day (Jakarta, YYYY-MM-DD) of the period; facts after it are not read. */
  to: string
  /** The cohorts the asker may see (a coordinator's); absent = all. */
  cohort_ids?: string[]
}

type Row = Record<string, any>

/** online: the shop's own channel; outlet: an outlet's wholesale channel; consignment: an outlet's consignment channel. */
function channelOf(metadata: Record<string, unknown> | null | undefined): Channel {
  if (metadata?.channel !== OUTLET_CHANNEL) return "online"
  return metadata?.mode === CONSIGNMENT_MODE ? "consignment" : "outlet"
}

/** Query may answer quantities and amounts as BigNumbers. */
const num = (v: unknown): number => (v === null || v === undefined ? 0 : MathBN.convert(v as number).toNumber())

const dayAfter = (day: string) => new Date(jakartaDayStart(day).getTime() + 24 * 60 * 60 * 1000)

/**
 * Reads everything the impact figures are made of, across modules: the ledger
 * (allocations and reversals) up to the period's end with each entry's sales
 * channel, paid payout statements' entries, the quantity of every line the
 * ledger names, cohorts, participants with their profile, trainings with
 * attendance, programme inputs and approved thank-you notes. Read only, so no
 * compensation.
 */
export const gatherImpactFactsStep = createStep("gather-impact-facts", async (input: GatherImpactFactsInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const impact = container.resolve<ImpactModuleService>(IMPACT_MODULE)
  const end = dayAfter(input.to)
  const scope = input.cohort_ids
  // A coordinator without cohorts sees nothing (an empty id list must never mean "no filter").
  if (scope && !scope.length) return new StepResponse<ImpactFacts>({ cohorts: [], participants: [], ledger: [], paid: [], lines: [], trainings: [], inputs: [], notes_approved: 0 })
  const inScope = scope ? { cohort_id: scope } : {}

  const [{ data: cohorts }, { data: participants }, { data: entries }, { data: channels }] = await Promise.all([
    query.graph({ entity: "cohort", fields: ["id", "name", "facility_name", "area", "craft_line"], filters: scope ? { id: scope } : {} }),
    query.graph({ entity: "participant", fields: ["id", "cohort_id", "status", "area"], filters: inScope }),
    query.graph({
      entity: "ledger_entry",
      fields: ["id", "order_id", "line_item_id", "cohort_id", "sales_channel_id", "bucket", "party_type", "party_id", "amount", "kind", "occurred_at"],
      filters: { ...inScope, occurred_at: { $lt: end } },
    }),
    query.graph({ entity: "sales_channel", fields: ["id", "metadata"] }),
  ])
  const channelById = new Map((channels as Row[]).map((c) => [c.id, channelOf(c.metadata)]))

  const ledger: (LedgerFact & { id: string })[] = (entries as Row[]).map((e) => ({
    id: e.id,
    order_id: e.order_id,
    line_item_id: e.line_item_id,
    cohort_id: e.cohort_id,
    channel: channelById.get(e.sales_channel_id) ?? "online",
    bucket: e.bucket,
    party_type: e.party_type,
    party_id: e.party_id,
    amount: num(e.amount),
    kind: e.kind,
    on: jakartaDate(e.occurred_at),
  }))
  const entryById = new Map(ledger.map((e) => [e.id, e]))

  const orderIds = [...new Set(ledger.map((e) => e.order_id))]
  const [{ data: orders }, { data: statements }] = await Promise.all([
    orderIds.length
      ? query.graph({ entity: "order", fields: ["id", "items.id", "items.quantity", "items.detail.quantity"], filters: { id: orderIds } })
      : Promise.resolve({ data: [] as Row[] }),
    query.graph({
      entity: "payout_statement",
      fields: ["id", "party_type", "party_id", "cohort_id", "paid_at", "entries.ledger_entry_id", "entries.amount"],
      filters: { ...inScope, status: "paid", paid_at: { $lt: end } },
    }),
  ])
  const lines = (orders as Row[]).flatMap((o) => (o.items ?? []).map((i: Row) => ({ line_item_id: i.id, quantity: num(i.detail?.quantity ?? i.quantity) })))
  const paid = (statements as Row[]).flatMap((s) =>
    (s.entries ?? []).map((pe: Row) => ({
      party_type: s.party_type,
      party_id: s.party_id,
      cohort_id: s.cohort_id,
      channel: entryById.get(pe.ledger_entry_id)?.channel ?? ("online" as Channel),
      amount: num(pe.amount),
      on: jakartaDate(s.paid_at),
    }))
  )

  const [trainings, inputs, notes] = await Promise.all([
    impact.listTrainings(scope ? { cohort_id: scope } : {}, { relations: ["attendances"] }),
    impact.listProgrammeInputs({}),
    approvedNotes(query, channelById, end, scope),
  ])

  const facts: ImpactFacts = {
    cohorts: cohorts as unknown as ImpactFacts["cohorts"],
    participants: participants as unknown as ImpactFacts["participants"],
    ledger,
    paid,
    lines,
    trainings: trainings.map((t) => ({
      cohort_id: t.cohort_id,
      kind: t.kind,
      skill_line: t.skill_line,
      held_on: t.held_on,
      hours: Number(t.hours),
      participant_ids: (t.attendances ?? []).map((a) => a.participant_id),
    })),
    inputs: inputs.map((i) => ({ month: i.month, kind: i.kind, amount: Number(i.amount) })),
    notes_approved: notes.length,
    notes,
  }
  return new StepResponse(facts)
})

/**
 * Approved thank-you notes (maker-note module) up to the period's end, each
 * with its cohort, its order's channel and the Jakarta day it was approved,
 * so the figures count those of the period and filter.
 */
async function approvedNotes(
  query: { graph: (q: any) => Promise<{ data: unknown[] }> },
  channelById: Map<string, Channel>,
  end: Date,
  scope?: string[]
): Promise<NoteFact[]> {
  const { data: notes } = await query.graph({
    entity: "maker_note",
    fields: ["order_id", "cohort_id", "moderated_at"],
    filters: { status: "approved", moderated_at: { $lt: end }, ...(scope ? { cohort_id: scope } : {}) },
  })
  const orderIds = [...new Set((notes as Row[]).map((n) => n.order_id))]
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "sales_channel_id"], filters: { id: orderIds } })
    : { data: [] as Row[] }
  const channelOfOrder = new Map((orders as Row[]).map((o) => [o.id, channelById.get(o.sales_channel_id) ?? ("online" as Channel)]))
  return (notes as Row[]).map((n) => ({ cohort_id: n.cohort_id, channel: channelOfOrder.get(n.order_id) ?? "online", on: jakartaDate(n.moderated_at) }))
}

/** The first day (YYYY-MM-01) of the month of the earliest fact, or null with no facts: the programme's start by default. */
export function firstFactDay(facts: ImpactFacts): string | null {
  const days = [...facts.ledger.map((e) => e.on), ...facts.trainings.map((t) => t.held_on), ...facts.inputs.map((i) => `${i.month}-01`)]
  if (!days.length) return null
  return `${days.reduce((a, b) => (a < b ? a : b)).slice(0, 7)}-01`
}
