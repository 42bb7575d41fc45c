import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { operatorToken, unique } from "../helpers/actors"
import { categoryId, createDraft, productBody } from "../helpers/coordinator-products"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { registerCustomer } from "../helpers/customers"
import { jakartaToday, payoutFixture } from "../helpers/payouts"
import { batchBody, productionFixtures } from "../helpers/production"

/** Cohort A's coordinator (a), cohort B's (b), and records of cohort A by name. */
type Fixtures = { a: DemoCoordinator; b: DemoCoordinator; ids: Record<string, string>; category: string }

/**
 * Every /coordinator route, one line each. Placeholders in `path`: :cohort is
 * cohort A's id, any other :name is `ids.name` (a record of cohort A made in
 * beforeAll). `body` is built per call, valid for cohort A, so a refusal can
 * never be a validation error in disguise.
 * `crossCohort` is what cohort B's coordinator gets asking for A's records:
 *  - "404": exactly 404, as for something that doesn't exist;
 *  - "hidden": an answer that mentions none of A's ids (own lists);
 *  - "none": the route names no cohort record (e.g. /me, uploads).
 */
type Route = {
  method: "GET" | "POST"
  path: string
  body?: (f: Fixtures) => Record<string, unknown>
  crossCohort: "404" | "hidden" | "none"
}

export const COORDINATOR_ROUTES: Route[] = [
  { method: "GET", path: "/coordinator/me", crossCohort: "none" },
  { method: "GET", path: "/coordinator/products", crossCohort: "hidden" },
  { method: "GET", path: "/coordinator/products?cohort_id=:cohort", crossCohort: "404" },
  { method: "POST", path: "/coordinator/products", body: (f) => productBody(f.a.cohortId, f.category), crossCohort: "404" },
  { method: "GET", path: "/coordinator/products/:product", crossCohort: "404" },
  { method: "POST", path: "/coordinator/products/:product", body: () => ({ title: "Diubah orang lain" }), crossCohort: "404" },
  { method: "POST", path: "/coordinator/products/:product/submit", body: () => ({}), crossCohort: "404" },
  { method: "POST", path: "/coordinator/products/:product/archive", body: () => ({}), crossCohort: "404" },
  { method: "POST", path: "/coordinator/uploads", body: () => ({}), crossCohort: "none" },
  // Production (i4-production): participants, batches, recall, cohort orders, fulfilment.
  { method: "GET", path: "/coordinator/participants?cohort_id=:cohort", crossCohort: "404" },
  { method: "POST", path: "/coordinator/participants", body: (f) => ({ cohort_id: f.a.cohortId }), crossCohort: "404" },
  { method: "POST", path: "/coordinator/participants/:participant", body: () => ({ active: true }), crossCohort: "404" },
  { method: "GET", path: "/coordinator/batches?cohort_id=:cohort", crossCohort: "404" },
  { method: "POST", path: "/coordinator/batches", body: (f) => batchBody(f.a.cohortId, f.ids), crossCohort: "404" },
  { method: "GET", path: "/coordinator/batches/:batch", crossCohort: "404" },
  { method: "GET", path: "/coordinator/batches/:batch/recall", crossCohort: "404" },
  { method: "GET", path: "/coordinator/orders?cohort_id=:cohort", crossCohort: "404" },
  {
    method: "POST",
    path: "/coordinator/orders/:order/fulfillments",
    body: (f) => ({ cohort_id: f.a.cohortId, items: [{ line_item_id: f.ids.line, quantity: 1 }] }),
    crossCohort: "404",
  },
  { method: "POST", path: "/coordinator/orders/:order/fulfillments/:fulfillment/ship", body: () => ({}), crossCohort: "404" },
  // Revenue shares (i5-ledger): the cohort's earnings from the ledger.
  { method: "GET", path: "/coordinator/earnings?cohort_id=:cohort", crossCohort: "404" },
  // Outlets (issue 6): consigning a cohort's batch to a partner outlet.
  { method: "GET", path: "/coordinator/outlets", crossCohort: "none" },
  { method: "POST", path: "/coordinator/consignments", body: (f) => ({ outlet_id: f.ids.outlet, batch_id: f.ids.batch, quantity: 1 }), crossCohort: "404" },
  // Payouts (i5-payouts): the cohort's statements, their CSV and the facility's payment.
  { method: "GET", path: "/coordinator/payout-statements?cohort_id=:cohort", crossCohort: "404" },
  { method: "GET", path: "/coordinator/payout-statements/:statement", crossCohort: "404" },
  { method: "GET", path: "/coordinator/payout-statements/:statement/csv", crossCohort: "404" },
  {
    method: "POST",
    path: "/coordinator/payout-statements/:statement/mark-paid",
    body: () => ({ reference: "MATRIKS-01", paid_at: jakartaToday() }),
    crossCohort: "404",
  },
]

function fill(path: string, f: Fixtures): string {
  return path.replace(/:cohort\b/g, f.a.cohortId).replace(/:([a-z_]+)/g, (m, key) => f.ids[key] ?? m)
}

describe("authorisation matrix over /coordinator/*", () => {
  const f = {} as Fixtures
  let operator: string
  let shopper: string

  beforeAll(async () => {
    f.a = await demoCoordinator(0)
    f.b = await demoCoordinator(1)
    f.category = await categoryId()
    const product = await createDraft(f.a.token, f.a.cohortId, f.category)
    operator = await operatorToken()
    const outlets = await api("/admin/outlets", { token: operator })
    f.ids = { product: product.id, outlet: outlets.body.outlets?.[0]?.id ?? "outl_none", ...(await productionFixtures(f.a)) }
    Object.assign(f.ids, await payoutFixture(f.a.cohortId, f.ids.order))
    shopper = (await registerCustomer(`${unique("pembeli")}@example.com`)).token
  })

  for (const route of COORDINATOR_ROUTES) {
    const name = `${route.method} ${route.path}`
    const call = (token?: string) => api(fill(route.path, f), { method: route.method, body: route.body?.(f), token })

    it(`${name}: anonymous → 401`, async () => {
      expect((await call()).status).toBe(401)
    })
    it(`${name}: shopper (customer token) → 401`, async () => {
      expect((await call(shopper)).status).toBe(401)
    })
    it(`${name}: operator (admin user token) → 401`, async () => {
      expect((await call(operator)).status).toBe(401)
    })
    it(`${name}: a tampered coordinator token → 401`, async () => {
      expect((await call(`${f.a.token.slice(0, -6)}AAAAAA`)).status).toBe(401)
    })
    if (route.crossCohort === "404") {
      it(`${name}: cohort B's coordinator on cohort A's record → 404, nothing changed`, async () => {
        const res = await call(f.b.token)
        expect(res.status, JSON.stringify(res.body)).toBe(404)
        expect(JSON.stringify(res.body)).not.toContain(f.a.cohortId)
        const own = await api(`/coordinator/products/${f.ids.product}`, { token: f.a.token })
        expect(own.status).toBe(200)
        expect(own.body.product.title).not.toBe("Diubah orang lain")
        expect(own.body.product.listing.state).toBe("draft")
      })
    }
    if (route.crossCohort === "hidden") {
      it(`${name}: cohort B's coordinator sees none of cohort A's records`, async () => {
        const res = await call(f.b.token)
        expect(res.status).toBe(200)
        const text = JSON.stringify(res.body)
        expect(text).not.toContain(f.a.cohortId)
        expect(text).not.toContain(f.ids.product)
        // …while A sees its own: the list is not just empty for everyone.
        expect(JSON.stringify((await api(fill(route.path, f), { token: f.a.token })).body)).toContain(f.ids.product)
      })
    }
  }
})
