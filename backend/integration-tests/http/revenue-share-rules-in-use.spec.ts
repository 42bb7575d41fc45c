import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoCatalog, shop } from "./shop"

// Whether a rule allocated anything (then it can't be edited) comes from one
// question to the ledger (rulesInUse), not from loading every entry under
// every rule; the rules list is sorted and paged by the database.

const ok = { validateStatus: () => true }

const SPLIT = [
  { code: "participants", basis_points: 5000 },
  { code: "material_fund", basis_points: 2000 },
  { code: "facility", basis_points: 1500 },
  { code: "platform", basis_points: 1500 },
]

type Rule = { id: string; cohort_id: string | null; sales_channel_id: string | null; version: number; used: boolean }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let seq = 0

    beforeAll(async () => {
      await seedDemoCatalog(getContainer())
    })

    beforeEach(async () => {
      admin = (await shop(api, getContainer())).admin
    })

    const ledger = () => getContainer().resolve<any>("ledger")

    /** A rule on a channel of its own (nobody sells there), as an operator makes it. */
    async function channelRule(name: string): Promise<Rule> {
      const channel = await api.post("/admin/sales-channels", { name: `Kanal ${name} ${Date.now()}` }, admin)
      const res = await api.post(
        "/admin/revenue-share-rules",
        { name, sales_channel_id: channel.data.sales_channel.id, effective_from: "2030-01-01", buckets: SPLIT },
        { ...admin, ...ok }
      )
      expect(res.status, JSON.stringify(res.data)).toBe(201)
      return res.data.revenue_share_rule
    }

    /** One allocation entry under a rule, as allocation writes it. */
    async function allocate(ruleId: string): Promise<string> {
      seq += 1
      const [created] = await ledger().appendLedgerEntries([
        {
          order_id: `order_it_${seq}`,
          line_item_id: `ordli_it_${seq}`,
          cohort_id: "cohort_it",
          sales_channel_id: "sc_it",
          rule_id: ruleId,
          rule_version: 1,
          bucket: "platform",
          party_type: "platform",
          party_id: "platform",
          amount: 1000,
          kind: "allocation",
          source_id: `src_it_${seq}`,
          occurred_at: new Date("2030-01-02T03:00:00Z"),
        },
      ])
      return created.id
    }

    it("counts a rule with ledger entries as in use, not one without or with only deleted entries", async () => {
      const used = await channelRule("Dipakai")
      const fresh = await channelRule("Baru")
      const removed = await channelRule("Entri dihapus")
      await allocate(used.id)
      await allocate(used.id)
      await ledger().softDeleteLedgerEntries([await allocate(removed.id)])

      const inUse: Set<string> = await ledger().rulesInUse([used.id, fresh.id, removed.id, "rsrule_tidak_ada"])
      expect([...inUse]).toEqual([used.id])
      expect((await ledger().rulesInUse([])).size).toBe(0)

      const list = await api.get("/admin/revenue-share-rules", admin)
      const byId = new Map<string, Rule>(list.data.revenue_share_rules.map((r: Rule) => [r.id, r]))
      expect(byId.get(used.id)).toEqual(expect.objectContaining({ used: true, sales_channel: expect.objectContaining({ is_outlet: false }) }))
      expect(byId.get(fresh.id)).toEqual(expect.objectContaining({ used: false }))
      expect(byId.get(removed.id)).toEqual(expect.objectContaining({ used: false }))
      expect((await api.get(`/admin/revenue-share-rules/${used.id}`, admin)).data.revenue_share_rule.used).toBe(true)
      const edit = await api.post(`/admin/revenue-share-rules/${used.id}`, { name: "Diubah" }, { ...admin, ...ok })
      expect(edit.status).toBe(409)
      const editFresh = await api.post(`/admin/revenue-share-rules/${fresh.id}`, { name: "Baru (diubah)" }, { ...admin, ...ok })
      expect(editFresh.status).toBe(200)
      expect(editFresh.data.revenue_share_rule).toEqual(expect.objectContaining({ name: "Baru (diubah)", used: false }))
    })

    it("lists rules by scope, default first, newest version first, a page at a time", async () => {
      const first = await channelRule("Versi")
      const second = await api.post(`/admin/revenue-share-rules/${first.id}/versions`, { effective_from: "2030-02-01", buckets: SPLIT }, admin)
      expect(second.data.revenue_share_rule.version).toBe(2)

      const all = await api.get("/admin/revenue-share-rules", admin)
      const rules: Rule[] = all.data.revenue_share_rules
      expect(all.data.count).toBe(rules.length)
      expect(rules.length).toBeGreaterThan(4)
      // The order the Admin page has always shown (the list's former sort in JavaScript).
      const expected = [...rules].sort(
        (a, b) =>
          (a.cohort_id ?? "").localeCompare(b.cohort_id ?? "") ||
          (a.sales_channel_id ?? "").localeCompare(b.sales_channel_id ?? "") ||
          b.version - a.version
      )
      expect(rules.map((r) => r.id)).toEqual(expected.map((r) => r.id))
      expect(rules[0]).toEqual(expect.objectContaining({ cohort_id: null, sales_channel_id: null }))
      const scope = rules.filter((r) => r.sales_channel_id === second.data.revenue_share_rule.sales_channel_id)
      expect(scope.map((r) => r.version)).toEqual([2, 1])

      const page = await api.get("/admin/revenue-share-rules?limit=2&offset=1", admin)
      expect(page.data.revenue_share_rules.map((r: Rule) => r.id)).toEqual(rules.slice(1, 3).map((r) => r.id))
      expect(page.data.count).toBe(rules.length)

      const tooMany = await api.get("/admin/revenue-share-rules?limit=501", { ...admin, ...ok })
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/limit harus bilangan bulat 1 sampai 500/)
    })
  },
})
