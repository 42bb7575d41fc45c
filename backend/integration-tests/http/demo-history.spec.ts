import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ledgerWholeAfterEach } from "./interrupted-run"
import { nativeRequire } from "./native"
import { seedDemoCatalog } from "./shop"

// The demo history `npm start` seeds (KARYA_DEMO_HISTORY, seed-data/history.ts),
// on its own database: months, channels, ledger and payouts as a sponsor's
// chart and the ledger check read them.

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    ledgerWholeAfterEach(getContainer)
    let seconds = 0
    beforeAll(async () => {
      process.env.KARYA_DEMO_HISTORY = "1"
      const started = Date.now()
      try {
        await seedDemoCatalog(getContainer())
      } finally {
        delete process.env.KARYA_DEMO_HISTORY
      }
      seconds = (Date.now() - started) / 1000
    }, 900_000)

    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    it("spreads orders of every channel over six months, captured, refunded and canceled", async () => {
      const rows = await knex().raw(`
        select to_char(o.created_at at time zone 'Asia/Jakarta', 'YYYY-MM') as month, o.status, o.sales_channel_id,
               coalesce(sc.name, '') as channel
          from "order" o left join sales_channel sc on sc.id = o.sales_channel_id
         where o.deleted_at is null`)
      const orders = rows.rows as { month: string; status: string; channel: string; sales_channel_id: string }[]
      expect(new Set(orders.map((o) => o.month)).size).toBeGreaterThanOrEqual(6)
      // An outlet's own channel is a link; its consignment channel a column.
      const { data: outlets } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "outlet", fields: ["sales_channel.id", "consignment_sales_channel_id"] })
      const outletChannels = new Set(outlets.map((o: any) => o.sales_channel?.id))
      const consignmentChannels = new Set(outlets.map((o: any) => o.consignment_sales_channel_id))
      const kinds = new Set(orders.map((o) => (outletChannels.has(o.sales_channel_id) ? "outlet" : consignmentChannels.has(o.sales_channel_id) ? "consignment" : "online")))
      expect([...kinds].sort()).toEqual(["consignment", "online", "outlet"])
      expect(orders.some((o) => o.status === "canceled")).toBe(true)
      const refunds = await knex()("refund").count("* as n")
      expect(Number(refunds[0].n)).toBeGreaterThan(0)
      // No order lies in the future or before the six months.
      const { rows: span } = await knex().raw(`select min(created_at) as first, max(created_at) as last from "order"`)
      expect(new Date(span[0].last).getTime()).toBeLessThanOrEqual(Date.now())
      expect(Date.now() - new Date(span[0].first).getTime()).toBeLessThan(200 * 24 * 3600_000)
    })

    it("keeps the ledger check green and dates the ledger in the months it tells of", async () => {
      const { checkLedger } = nativeRequire("../../src/scripts/ledger-verify")
      const verdict = await checkLedger(getContainer())
      expect(verdict.lines).toEqual([])
      const { rows } = await knex().raw(`select count(distinct to_char(occurred_at at time zone 'Asia/Jakarta', 'YYYY-MM')) as months from ledger_entry`)
      expect(Number(rows[0].months)).toBeGreaterThanOrEqual(6)
    })

    it("pays every payout run's statements, one run per month", async () => {
      const payout = getContainer().resolve<any>("payout")
      const runs = await payout.listPayoutRuns({}, { select: ["id", "period", "created_at"] })
      expect(new Set(runs.map((r: any) => r.period)).size).toBe(6)
      const statements = await payout.listPayoutStatements({}, { select: ["id", "status", "paid_at"] })
      expect(statements.length).toBeGreaterThan(6)
      expect(statements.every((s: any) => s.status === "paid" && new Date(s.paid_at).getTime() <= Date.now())).toBe(true)
    })

    it("gives ring 1 (Plaju) earners, trainings and programme inputs in the last quarter", async () => {
      // Participants living in ring 1: their own area, else their cohort's.
      const { rows: earners } = await knex().raw(`
        with quarter as (
          select min(period) as first from (select period from payout_run order by period desc limit 3) p
        )
        select l.party_id, sum(l.amount) as net
          from ledger_entry l
          join participant p on p.id = l.party_id
          join cohort c on c.id = p.cohort_id
         where l.party_type = 'participant' and coalesce(p.area::text, c.area::text) = 'plaju'
           and to_char(l.occurred_at at time zone 'Asia/Jakarta', 'YYYY-MM') >= (select first from quarter)
         group by l.party_id having sum(l.amount) > 0`)
      // At least five, so the figures show them rather than suppress a small group.
      expect(earners.length).toBeGreaterThanOrEqual(5)
      // And the impact figures (impact-core's workflow) tell it: ring 1, the last quarter.
      const { computeImpactFiguresWorkflow } = nativeRequire("../../src/workflows/impact/compute-impact-figures")
      const runs = await getContainer().resolve<any>("payout").listPayoutRuns({}, { select: ["period"] })
      const periods = runs.map((r: any) => r.period).sort()
      const last = periods[periods.length - 1]
      const lastDay = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 0)).getUTCDate()
      const { result: figures } = await computeImpactFiguresWorkflow(getContainer()).run({
        input: { from: `${periods[periods.length - 3]}-01`, to: `${last}-${lastDay}`, area: "plaju" },
      })
      expect(figures.headline.participants_earned).toBeGreaterThanOrEqual(5)
      expect(figures.headline.allocated_total).toBeGreaterThan(0)
      expect(figures.headline.paid_total).toBeGreaterThan(0)
      expect(figures.headline.median_income_per_earner).toBeGreaterThan(0)
      expect(figures.headline.training_hours).toBeGreaterThan(0)
      expect(figures.headline.programme_input_total).toBeGreaterThan(0)
      const impact = getContainer().resolve<any>("impact")
      const trainings = await impact.listTrainings({}, { select: ["id", "held_on", "kind"] })
      expect(new Set(trainings.map((t: any) => t.held_on.slice(0, 7))).size).toBe(6)
      expect(trainings.some((t: any) => t.kind === "study_visit")).toBe(true)
      expect((await impact.listTrainingAttendances({}, { select: ["id"] })).length).toBeGreaterThan(trainings.length)
      const inputs = await impact.listProgrammeInputs({}, { select: ["amount", "month"] })
      expect(new Set(inputs.map((i: any) => i.month)).size).toBe(6)
      const klien = await getContainer().resolve<any>("production").listParticipants({ status: "klien" }, { select: ["id"] })
      expect(klien.length).toBeGreaterThan(0)
    })

    it("has buyers' thank-you notes: approved ones on the cohort pages, the last month's waiting for the coordinator", async () => {
      const notes = await getContainer().resolve<any>("maker_note").listMakerNotes({}, { select: ["id", "status", "created_at", "moderated_at", "moderated_by", "cohort_id"] })
      const approved = notes.filter((n: any) => n.status === "approved")
      expect(approved.length).toBeGreaterThanOrEqual(4)
      expect(new Set(approved.map((n: any) => n.cohort_id)).size).toBeGreaterThanOrEqual(2)
      expect(notes.filter((n: any) => n.status === "rejected")).toHaveLength(1)
      expect(notes.some((n: any) => n.status === "pending")).toBe(true)
      // Decided by the cohort's coordinator, in the past: moved back with the month they belong to.
      for (const n of notes.filter((n: any) => n.status !== "pending")) {
        expect(n.moderated_by).toMatch(/^coord/)
        expect(new Date(n.moderated_at).getTime()).toBeLessThan(Date.now() - 24 * 3600_000)
      }
      const { computeImpactFiguresWorkflow } = nativeRequire("../../src/workflows/impact/compute-impact-figures")
      const { result: figures } = await computeImpactFiguresWorkflow(getContainer()).run({ input: { from: "2020-01-01", to: "2099-12-31" } })
      expect(figures.headline.notes_approved).toBe(approved.length)
    })

    it("leaves the catalog in stock and adds nothing on a second run", { timeout: 300_000 }, async () => {
      const { rows } = await knex().raw(`select count(*) as n from "order"`)
      process.env.KARYA_DEMO_HISTORY = "1"
      try {
        await seedDemoCatalog(getContainer())
      } finally {
        delete process.env.KARYA_DEMO_HISTORY
      }
      const again = await knex().raw(`select count(*) as n from "order"`)
      expect(again.rows[0].n).toBe(rows[0].n)
      // The hourly expiry job (minute 7) finds nothing of the history to write off: each month's batch was
      // drawn by that month's sales before it took its dates. (It once wrote off whole months of chips.)
      const { expireBatchesWorkflow } = nativeRequire("../../src/workflows/production/expire-batches")
      const { result: expired } = await expireBatchesWorkflow(getContainer()).run({ input: {} })
      const { rows: historyBatches } = await knex().raw(`select id from production_batch where batch_code like '%-R20%'`)
      const written = (expired as { batch_id: string; quantity: number }[]).filter((e) => historyBatches.some((b: any) => b.id === e.batch_id))
      // At most what canceled (never paid) orders gave back: made that month, unsold, now past its shelf life.
      const { rows: canceled } = await knex().raw(`select coalesce(sum(oi.quantity), 0)::int as n from "order" o join order_item oi on oi.order_id = o.id where o.status = 'canceled'`)
      expect(written.reduce((sum, e) => sum + Number(e.quantity), 0)).toBeLessThanOrEqual(canceled[0].n)
      // Every history variant still has stock to sell.
      const { ONLINE_SKUS } = nativeRequire("../../src/scripts/seed-data/history")
      const { rows: levels } = await knex().raw(
        `select v.sku, sum(il.stocked_quantity - il.reserved_quantity) as available
           from product_variant v
           join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
           join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
          where v.sku = any(?) group by v.sku`,
        [ONLINE_SKUS]
      )
      expect(levels.length).toBe(ONLINE_SKUS.length)
      expect(levels.filter((l: any) => Number(l.available) <= 0)).toEqual([])
      // The seed with its history stays well within the start-up budget on this machine.
      expect(seconds).toBeGreaterThan(0)
    })
  },
})
