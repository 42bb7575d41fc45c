import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { capturedSale, getCsv, jakartaThisMonth, jakartaToday, parseCsv, runPayout } from "../helpers/payouts"

// Product 18 (Lapas eceng gondok, coordinator #4), used by no other suite.
// The cohort's coordinator reads, downloads and settles its statements;
// another cohort's coordinator (Rutan tali meiwa, #3) sees none of them.
describe("a coordinator settles the cohort's statements", () => {
  let a: DemoCoordinator
  let b: DemoCoordinator
  let orderId: string
  let own: any[]

  beforeAll(async () => {
    a = await demoCoordinator(4)
    b = await demoCoordinator(3)
    ;({ orderId } = await capturedSale([18]))
    const run = await runPayout({ period: jakartaThisMonth() })
    if (run.status !== 201) throw new Error(`Running the payout failed: ${run.status} ${JSON.stringify(run.body)}`)
    const list = await api(`/coordinator/payout-statements?cohort_id=${a.cohortId}`, { token: a.token })
    own = list.body.payout_statements.filter((s: any) => s.run_id === run.body.payout_run.id)
  })

  it("lists the cohort's statements of the run, each participant with code and private name", async () => {
    expect(own.length).toBeGreaterThan(0)
    for (const s of own) expect(s.cohort_id).toBe(a.cohortId)
    const participant = own.find((s) => s.party_type === "participant")
    expect(participant.party_label).toMatch(/^KB-[A-Z]{3}-\d{4}$/)
    expect(participant).toHaveProperty("display_name")
    const unpaid = await api(`/coordinator/payout-statements?cohort_id=${a.cohortId}&status=unpaid`, { token: a.token })
    expect(unpaid.body.payout_statements.map((s: any) => s.id)).toEqual(expect.arrayContaining(own.map((s) => s.id)))
    expect((await api(`/coordinator/payout-statements?cohort_id=${a.cohortId}&status=lunas`, { token: a.token })).status).toBe(400)
  })

  it("opens a statement with the sale's lines and downloads its CSV, the name column only on request", async () => {
    // The run also pays the cohort's earlier unpaid sales (other suites'): find a maker of this one.
    const participants = own.filter((x) => x.party_type === "participant")
    const details = await Promise.all(participants.map((x) => api(`/coordinator/payout-statements/${x.id}`, { token: a.token })))
    expect(details.map((d) => d.status)).toEqual(participants.map(() => 200))
    const i = details.findIndex((d) => d.body.payout_statement.lines.some((l: any) => l.order_id === orderId && l.bucket === "participants"))
    expect(i).toBeGreaterThanOrEqual(0)
    const s = participants[i]
    const plain = parseCsv((await getCsv(`/coordinator/payout-statements/${s.id}/csv`, a.token)).text)
    expect(plain[0][0]).toBe("Kode peserta")
    expect(plain[0]).not.toContain("Nama peserta (rahasia)")
    const named = parseCsv((await getCsv(`/coordinator/payout-statements/${s.id}/csv?with_names=true`, a.token)).text)
    expect(named[0][1]).toBe("Nama peserta (rahasia)")
    expect(named[1][1]).toBe(s.display_name ?? "")
  })

  it("marks the cohort's material fund paid as the coordinator, once", async () => {
    const s = own.find((x) => x.party_type === "cohort") ?? own[0]
    const body = { reference: "Kuitansi 017/XI", paid_at: jakartaToday() }
    const paid = await api(`/coordinator/payout-statements/${s.id}/mark-paid`, { token: a.token, body })
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    expect(paid.body.payout_statement).toEqual(expect.objectContaining({ status: "paid", paid_reference: body.reference, paid_by_type: "coordinator" }))
    expect(paid.body.payout_statement.paid_by).toMatch(/^coord/)
    const again = await api(`/coordinator/payout-statements/${s.id}/mark-paid`, { token: a.token, body })
    expect(again.status).toBe(409)
    expect(again.body.message).toMatch(/sudah dibayar/)
  })

  it("shows another cohort's coordinator none of it: 404 like an unknown statement", async () => {
    const s = own[0]
    for (const path of [`/coordinator/payout-statements/${s.id}`, `/coordinator/payout-statements/${s.id}/csv`, `/coordinator/payout-statements?cohort_id=${a.cohortId}`]) {
      const res = await api(path, { token: b.token })
      expect(res.status, path).toBe(404)
      expect(JSON.stringify(res.body)).not.toContain(s.party_id)
    }
    const pay = await api(`/coordinator/payout-statements/${s.id}/mark-paid`, { token: b.token, body: { reference: "ORANG-LAIN", paid_at: jakartaToday() } })
    expect(pay.status).toBe(404)
    const theirs = await api(`/coordinator/payout-statements?cohort_id=${b.cohortId}`, { token: b.token })
    expect(theirs.status).toBe(200)
    expect(JSON.stringify(theirs.body)).not.toContain(a.cohortId)
  })
})
