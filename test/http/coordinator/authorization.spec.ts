import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { operatorToken, unique } from "../helpers/actors"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { registerCustomer } from "../helpers/customers"

/**
 * Who may call which /coordinator route. Add a route by adding a line:
 *  - `path` may use :cohort (a cohort id) and :product (a product id) placeholders,
 *    filled with cohort A's records; cohort B's coordinator must never reach them.
 *  - `crossCohort`: what B gets when asking for A's records (always 404 when a record
 *    is named; "empty" for lists, which must simply not contain A's records).
 */
type Route = {
  method: "GET" | "POST"
  path: string
  body?: Record<string, unknown>
  crossCohort?: "404" | "empty" | "skip"
  /** Field of the list response whose items must not include A's record. */
  listKey?: string
}

export const COORDINATOR_ROUTES: Route[] = [
  { method: "GET", path: "/coordinator/me", crossCohort: "skip" },
]

type Fixtures = { a: DemoCoordinator; b: DemoCoordinator; ids: Record<string, string> }

function fill(path: string, f: Fixtures): string {
  return path.replace(/:cohort/g, f.a.cohortId).replace(/:(\w+)/g, (m, key) => f.ids[key] ?? m)
}

describe("authorisation matrix over /coordinator/*", () => {
  const f = {} as Fixtures
  let operator: string
  let shopper: string

  beforeAll(async () => {
    f.a = await demoCoordinator(0)
    f.b = await demoCoordinator(1)
    f.ids = {}
    operator = await operatorToken()
    shopper = (await registerCustomer(`${unique("pembeli")}@example.com`)).token
  })

  for (const route of COORDINATOR_ROUTES) {
    const name = `${route.method} ${route.path}`
    const call = (token?: string) => api(fill(route.path, f), { method: route.method, body: route.body ?? (route.method === "POST" ? {} : undefined), token })

    it(`${name}: anonymous → 401`, async () => {
      expect((await call()).status).toBe(401)
    })
    it(`${name}: shopper (customer token) → 401`, async () => {
      expect((await call(shopper)).status).toBe(401)
    })
    it(`${name}: operator (admin user token) → 401`, async () => {
      expect((await call(operator)).status).toBe(401)
    })
    it(`${name}: a forged token → 401`, async () => {
      expect((await call(`${f.a.token.slice(0, -4)}AAAA`)).status).toBe(401)
    })
    if (route.crossCohort === "404") {
      it(`${name}: cohort B's coordinator asking for cohort A's record → 404`, async () => {
        const res = await call(f.b.token)
        expect(res.status).toBe(404)
      })
    }
    if (route.crossCohort === "empty") {
      it(`${name}: cohort B's coordinator sees none of cohort A's records`, async () => {
        const res = await call(f.b.token)
        expect([200, 404]).toContain(res.status)
        if (res.status === 200) expect(JSON.stringify(res.body)).not.toContain(f.a.cohortId)
      })
    }
  }
})
