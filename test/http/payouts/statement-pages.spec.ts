import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { expectBadPagesRefused, expectPagesCoverList } from "../helpers/pages"
import { capturedSale, jakartaThisMonth, runPayout } from "../helpers/payouts"

type Statement = { id: string; run_id: string; period_to: string; created_at: string; party_type: string; party_label: string; line_count: number }

/** The list's order: newest period first, newest run first, the run's participants by code, its material fund last. */
const newestRunFirst = (a: Statement, b: Statement) =>
  b.period_to.localeCompare(a.period_to) ||
  b.created_at.localeCompare(a.created_at) ||
  (a.party_type === "cohort" ? 1 : 0) - (b.party_type === "cohort" ? 1 : 0) ||
  a.party_label.localeCompare(b.party_label)

// Product 18 (Lapas eceng gondok, coordinator #4), as in ./coordinator.spec.ts:
// two sales paid out in two runs give the cohort statements of more than one run.
describe("a cohort's payout statements, a page at a time", () => {
  let a: DemoCoordinator
  const runs: string[] = []

  beforeAll(async () => {
    a = await demoCoordinator(4)
    for (let i = 0; i < 2; i++) {
      await capturedSale([18])
      const run = await runPayout({ period: jakartaThisMonth() })
      if (run.status !== 201) throw new Error(`Running the payout failed: ${run.status} ${JSON.stringify(run.body)}`)
      runs.push(run.body.payout_run.id)
    }
  })

  it("pages through the statements newest run first, participants by code, counting them all", async () => {
    const statements = await expectPagesCoverList<Statement>(`/coordinator/payout-statements?cohort_id=${a.cohortId}`, "payout_statements", a.token, {
      size: 2,
      all: 200,
    })
    expect(statements).toEqual([...statements].sort(newestRunFirst))
    // Both runs are there, the newer one first, a material fund after its run's participants.
    const [newer, older] = [runs[1], runs[0]].map((id) => statements.filter((s) => s.run_id === id))
    expect(newer.length).toBeGreaterThan(0)
    expect(older.length).toBeGreaterThan(0)
    expect(statements.indexOf(newer.at(-1)!)).toBeLessThan(statements.indexOf(older[0]))
    for (const run of [newer, older]) {
      const fund = run.findIndex((s) => s.party_type === "cohort")
      if (fund >= 0) expect(fund).toBe(run.length - 1)
    }
    expect(statements.every((s) => s.line_count > 0)).toBe(true)
  })

  it("pages a status filter the same way, counting only its own", async () => {
    const unpaid = await expectPagesCoverList<Statement & { status: string }>(
      `/coordinator/payout-statements?cohort_id=${a.cohortId}&status=unpaid`,
      "payout_statements",
      a.token,
      { size: 2, all: 200 }
    )
    expect(unpaid.every((s) => s.status === "unpaid")).toBe(true)
    expect(unpaid).toEqual([...unpaid].sort(newestRunFirst))
  })

  it("answers without limit with the first page of its default size", async () => {
    const res = await api(`/coordinator/payout-statements?cohort_id=${a.cohortId}`, { token: a.token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(expect.objectContaining({ limit: 50, offset: 0 }))
    expect(res.body.payout_statements.length).toBe(Math.min(50, res.body.count))
  })

  it("refuses a bad limit or offset with a message that says what is allowed", async () => {
    await expectBadPagesRefused(`/coordinator/payout-statements?cohort_id=${a.cohortId}`, a.token, 200)
  })
})
