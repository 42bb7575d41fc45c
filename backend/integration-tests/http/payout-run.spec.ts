import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoCatalog, shop } from "./shop"

// The payout workflows on their own, before and apart from allocation: ledger
// entries are written through the ledger module's service (as allocation
// writes them), payouts are run and paid through the admin API. The HTTP suite
// test/http/payouts covers the whole path from a real checkout.

const ok = { validateStatus: () => true }

type Party = { cohortId: string; participants: string[] }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let party: Party
    let seq = 0

    beforeAll(async () => {
      await seedDemoCatalog(getContainer())
    })

    beforeEach(async () => {
      admin = (await shop(api, getContainer())).admin
      const [first] = await getContainer().resolve<any>("production").listParticipants({}, { select: ["id", "cohort_id"], order: { code: "ASC" } })
      const own = await getContainer().resolve<any>("production").listParticipants({ cohort_id: first.cohort_id }, { select: ["id"], order: { code: "ASC" } })
      party = { cohortId: first.cohort_id, participants: own.map((p: { id: string }) => p.id) }
    })

    /** One ledger entry as allocation (or a refund) writes it. */
    async function entry(over: { bucket?: string; party_type?: string; party_id: string; amount: number; occurred_at: string; kind?: string }) {
      seq += 1
      const kind = over.kind ?? (over.amount > 0 ? "allocation" : "reversal")
      const [created] = await getContainer()
        .resolve<any>("ledger")
        .appendLedgerEntries([
          {
            order_id: `order_it_${seq}`,
            line_item_id: `ordli_it_${seq}`,
            cohort_id: party.cohortId,
            sales_channel_id: "sc_it",
            rule_id: "rsr_it",
            rule_version: 1,
            bucket: over.bucket ?? "participants",
            party_type: over.party_type ?? "participant",
            party_id: over.party_id,
            amount: over.amount,
            kind,
            source_id: `src_it_${seq}`,
            occurred_at: new Date(over.occurred_at),
          },
        ])
      return created.id as string
    }

    const run = (body: Record<string, unknown>) => api.post("/admin/payouts", body, { ...admin, ...ok })
    /** The ledger's open items: the entries a run still has to read. */
    const open = async (): Promise<string[]> =>
      (await getContainer().resolve<any>("ledger").listUnsettledEntries({}, { select: ["ledger_entry_id"] })).map((o: { ledger_entry_id: string }) => o.ledger_entry_id)
    const statementOf = (res: any, partyId: string) => res.data.payout_run.statements.find((s: any) => s.party_id === partyId)
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)

    it("pays each participant and the cohort's material fund up to the month's end, once", async () => {
      const [p1, p2] = party.participants
      const october = await entry({ party_id: p1, amount: 5000, occurred_at: "2026-10-05T03:00:00Z" })
      // 23:30 on 31 October in Jakarta is still October: in this run too.
      await entry({ party_id: p1, amount: 6000, occurred_at: "2026-10-31T16:30:00Z" })
      await entry({ party_id: p2, amount: 4000, occurred_at: "2026-11-10T03:00:00Z" })
      await entry({ bucket: "material_fund", party_type: "cohort", party_id: party.cohortId, amount: 2500, occurred_at: "2026-11-10T03:00:00Z" })
      await entry({ bucket: "facility", party_type: "facility", party_id: party.cohortId, amount: 1500, occurred_at: "2026-11-10T03:00:00Z" })
      await entry({ bucket: "platform", party_type: "platform", party_id: "platform", amount: 700, occurred_at: "2026-11-10T03:00:00Z" })
      // 00:30 on 1 December in Jakarta: the next month's.
      const december = await entry({ party_id: p1, amount: 9000, occurred_at: "2026-11-30T17:30:00Z" })

      const first = await run({ period: "2026-11" })
      expect(first.status, JSON.stringify(first.data)).toBe(201)
      expect(first.data.payout_run).toEqual(
        expect.objectContaining({ period: "2026-11", period_from: "2026-10-31T17:00:00.000Z", period_to: "2026-11-30T17:00:00.000Z", statement_count: 3, total: 17500 })
      )
      expect(statementOf(first, p1)).toEqual(expect.objectContaining({ party_type: "participant", total: 11000, status: "unpaid", line_count: 2 }))
      expect(statementOf(first, p1).party_label).toMatch(/^KB-[A-Z]{3}-\d{4}$/)
      expect(statementOf(first, p2)).toEqual(expect.objectContaining({ total: 4000, line_count: 1 }))
      expect(statementOf(first, party.cohortId)).toEqual(expect.objectContaining({ party_type: "cohort", total: 2500 }))
      const lines = (await api.get(`/admin/payout-statements/${statementOf(first, p1).id}`, admin)).data.payout_statement.lines
      expect(lines.map((l: any) => l.ledger_entry_id)).toContain(october)
      expect(lines.map((l: any) => l.ledger_entry_id)).not.toContain(december)
      // What the run paid is closed; December's entry waits; facility and platform shares were never open.
      expect(await open()).toEqual([december])

      // The same month again: nothing new, no empty run kept.
      const again = await run({ period: "2026-11" })
      expect(again.status).toBe(200)
      expect(again.data.payout_run).toBeNull()
      expect(again.data.message).toMatch(/Tidak ada bagi hasil yang belum dibayar/)
      // An entry left open although a statement holds it (a run undone after its statements were kept)
      // is not paid twice: the next run skips it and closes it.
      await getContainer().resolve<any>("ledger").reopenLedgerEntries([october])
      expect((await run({ period: "2026-11" })).data.payout_run).toBeNull()
      expect(await open()).toEqual([december])

      // A late entry of November comes alone in the next run; December's waits for December.
      const late = await entry({ party_id: p2, amount: 1000, occurred_at: "2026-11-29T03:00:00Z" })
      const second = await run({ period: "2026-11" })
      expect(second.status).toBe(201)
      expect(second.data.payout_run.statements).toEqual([expect.objectContaining({ party_id: p2, total: 1000, line_count: 1 })])
      const december_run = await run({ period: "2026-12" })
      expect(december_run.data.payout_run.statements).toEqual([expect.objectContaining({ party_id: p1, total: 9000 })])
      const listed = await api.get("/admin/payouts", admin)
      expect(listed.data.payout_runs.map((r: any) => r.period)).toEqual(["2026-12", "2026-11", "2026-11"])
      expect(late).toBeTruthy()
    })

    it("puts an entry in one statement only, when two runs start at the same moment", async () => {
      for (const [i, p] of party.participants.slice(0, 3).entries()) {
        await entry({ party_id: p, amount: 1000 * (i + 1), occurred_at: "2026-11-03T03:00:00Z" })
        await entry({ party_id: p, amount: 500, occurred_at: "2026-11-04T03:00:00Z" })
      }
      const results = await Promise.all([run({ period: "2026-11" }), run({ period: "2026-11" })])
      expect(results.map((r) => r.status).sort()).toEqual([200, 201])
      const created = results.find((r) => r.status === 201)!
      const ids: string[] = []
      for (const s of created.data.payout_run.statements) {
        const detail = await api.get(`/admin/payout-statements/${s.id}`, admin)
        ids.push(...detail.data.payout_statement.lines.map((l: any) => l.ledger_entry_id))
      }
      expect(ids).toHaveLength(6)
      expect(new Set(ids).size).toBe(6)
    })

    it("leaves a party whose reversals exceed what is unpaid without a statement until allocations cover it", async () => {
      const [p1] = party.participants
      const refund = await entry({ party_id: p1, amount: -3000, occurred_at: "2026-11-05T03:00:00Z" })
      expect((await run({ period: "2026-11" })).data.payout_run).toBeNull()
      expect(await open()).toEqual([refund])
      await entry({ party_id: p1, amount: 5000, occurred_at: "2026-11-06T03:00:00Z" })
      const res = await run({ period: "2026-11" })
      expect(statementOf(res, p1)).toEqual(expect.objectContaining({ total: 2000, line_count: 2 }))
      expect(await open()).toEqual([])
    })

    it("marks a statement paid once, with who and when; a second time is 409 and changes nothing", async () => {
      const [p1] = party.participants
      await entry({ party_id: p1, amount: 7000, occurred_at: "2026-11-07T03:00:00Z" })
      const statement = statementOf(await run({ period: "2026-11" }), p1)

      const future = await api.post(`/admin/payout-statements/${statement.id}/mark-paid`, { reference: "TRF-1", paid_at: "2999-01-01" }, { ...admin, ...ok })
      expect(future.status).toBe(400)
      expect(future.data.message).toMatch(/tidak boleh setelah hari ini/)
      const extra = await api.post(`/admin/payout-statements/${statement.id}/mark-paid`, { reference: "TRF-1", paid_at: today, amount: 1 }, { ...admin, ...ok })
      expect(extra.status).toBe(400)

      const paid = await api.post(`/admin/payout-statements/${statement.id}/mark-paid`, { reference: "TRF-0001/XI", paid_at: today }, { ...admin, ...ok })
      expect(paid.status, JSON.stringify(paid.data)).toBe(200)
      expect(paid.data.payout_statement).toEqual(
        expect.objectContaining({ status: "paid", paid_reference: "TRF-0001/XI", paid_by_type: "user", total: 7000 })
      )
      expect(paid.data.payout_statement.paid_by).toMatch(/^user_/)

      const twice = await api.post(`/admin/payout-statements/${statement.id}/mark-paid`, { reference: "TRF-0002", paid_at: today }, { ...admin, ...ok })
      expect(twice.status).toBe(409)
      expect(twice.data.message).toMatch(/sudah dibayar \(referensi TRF-0001\/XI/)
      const after = await api.get(`/admin/payout-statements/${statement.id}`, admin)
      expect(after.data.payout_statement.paid_reference).toBe("TRF-0001/XI")
    })

    it("refuses a period that is not a month and mixed periods, with a message", async () => {
      const bad = await run({ period: "2026-13" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/2026-11/)
      expect((await run({ period: "2026-11", from: "2026-11-01", to: "2026-11-15" })).status).toBe(400)
      expect((await run({ from: "2026-11-15", to: "2026-11-01" })).status).toBe(400)
      expect((await run({ month: "2026-11" })).status).toBe(400)
    })
  },
})
