import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken, unique } from "./helpers/actors"
import { api } from "./helpers/api"
import { categoryId, createDraft } from "./helpers/coordinator-products"
import { demoCoordinator } from "./helpers/coordinators"
import { placeOrder, registerCustomer, variantOf } from "./helpers/customers"
import { demoOutlet, placeOutletOrder } from "./helpers/outlets"
import { productionFixtures } from "./helpers/production"

/**
 * One authorisation matrix over every route we add (backend/src/api/**\/route.ts,
 * each exported method) and the Medusa routes we guard, × every kind of caller.
 *
 * Callers, in column order:
 *   anon   no token
 *   shop   a registered shopper (customer)
 *   outA   outlet A's buyer (Sentra Kuliner Plaju)      outB  outlet B's buyer (Sungai Gerong)
 *   coA    cohort A's coordinator                        coB   cohort B's coordinator
 *   oper   the operator (Medusa Admin user)
 *   tamp   the token the route's own actor would send, its signature altered
 *          (operator's on /admin, coordinator A's on /coordinator, outlet A's on /outlet, the shopper's elsewhere)
 *   wrong  a genuine token of the wrong actor: what /auth/user/emailpass/register
 *          returns (signed by us, but for an auth identity with no operator, customer
 *          or coordinator behind it; the shop's own register route is closed)
 *
 * Records in paths are cohort A's and outlet A's (made in beforeAll): `:product`,
 * `:participant`, `:batch`, `:order` (a shop order with a line of cohort A, packed),
 * `:fulfillment`, `:outletOrder`, `:outlet`, `:cohort`, `:rule`, `:shopperOrder`;
 * `none` is an id that does not exist. Bodies are refused by validation where a valid one would change
 * shared data (an authorised caller then gets 400, a refused one 401/403/404 before validation),
 * except on records the matrix itself made. Statuses are what each caller must get; a new route
 * file without a row fails the first test.
 */
const CALLERS = ["anon", "shop", "outA", "outB", "coA", "coB", "oper", "tamp", "wrong"] as const
type Caller = (typeof CALLERS)[number]

type Row = {
  /** The route file's path under backend/src/api with its method, or `medusa` for a Medusa route we guard. */
  route: string
  path: string
  body?: Record<string, unknown>
  /** Default: POST with a body, else GET. */
  method?: "DELETE"
  /** One status per caller, in CALLERS order. */
  expect: string
}

// prettier-ignore
const MATRIX: Row[] = [
  //                                                                                                       anon shop outA outB coA  coB  oper tamp wrong
  // Store (publishable key): public reads, the order lookup, and Medusa's order detail we guard.
  { route: "GET /store/cohorts", path: "/store/cohorts", expect:                                          "200  200  200  200  200  200  200  200  200" },
  { route: "GET /store/cohorts/[handle]", path: "/store/cohorts/:cohortHandle", expect:                   "200  200  200  200  200  200  200  200  200" },
  { route: "GET /store/impact", path: "/store/impact", expect:                                           "200  200  200  200  200  200  200  200  200" },
  { route: "GET /store/bank-transfer", path: "/store/bank-transfer", expect:                             "200  200  200  200  200  200  200  200  200" },
  { route: "GET /store/search", path: "/store/search?q=keripik", expect:                                 "200  200  200  200  200  200  200  200  200" },
  { route: "GET /store/pickup-outlets", path: "/store/pickup-outlets", expect:                           "200  200  200  200  200  200  200  200  200" },
  { route: "POST /store/carts/[id]/pickup-outlet", path: "/store/carts/none/pickup-outlet", body: {}, expect: "400  400  400  400  400  400  400  400  400" },
  { route: "POST /store/order-lookup", path: "/store/order-lookup", body: {}, expect:                    "400  400  400  400  400  400  400  400  400" },
  // A customer's own guest orders (counts, and the emailed transfer requests): customers only (outlet buyers are customers too).
  { route: "GET /store/customers/me/guest-orders", path: "/store/customers/me/guest-orders", expect:     "401  200  200  200  401  401  401  401  401" },
  { route: "POST /store/customers/me/guest-orders", path: "/store/customers/me/guest-orders", body: {}, expect: "401  200  200  200  401  401  401  401  401" },
  // Registration (public): an invalid body is refused the same for everyone.
  { route: "POST /store/registrations", path: "/store/registrations", body: {}, expect:                 "400  400  400  400  400  400  400  400  400" },
  { route: "POST /store/registrations/confirm", path: "/store/registrations/confirm", body: {}, expect: "400  400  400  400  400  400  400  400  400" },
  { route: "medusa GET /store/orders/:id", path: "/store/orders/:shopperOrder", expect:                  "404  200  404  404  404  404  404  404  404" },
  { route: "medusa GET /store/orders/:id (a guest's)", path: "/store/orders/:order", expect:             "404  404  404  404  404  404  404  404  404" },
  // Thank-you notes: an order's buyer only (the same 404 as Medusa's order detail), public approved notes.
  { route: "GET /store/orders/[id]/notes", path: "/store/orders/:shopperOrder/notes", expect:            "404  200  404  404  404  404  404  404  404" },
  { route: "POST /store/orders/[id]/notes", path: "/store/orders/:shopperOrder/notes", body: {}, expect: "404  400  404  404  404  404  404  404  404" },
  { route: "GET /store/cohorts/[handle]/notes", path: "/store/cohorts/:cohortHandle/notes", expect:      "200  200  200  200  200  200  200  200  200" },
  // Public: invitations, uploads, payment webhooks.
  { route: "GET /coordinator-invites/[token]", path: "/coordinator-invites/none", expect:                "404  404  404  404  404  404  404  404  404" },
  { route: "POST /coordinator-invites/accept", path: "/coordinator-invites/accept", body: {}, expect:     "400  400  400  400  400  400  400  400  400" },
  { route: "GET /outlet-invites/[token]", path: "/outlet-invites/none", expect:                          "404  404  404  404  404  404  404  404  404" },
  { route: "POST /outlet-invites/accept", path: "/outlet-invites/accept", body: {}, expect:               "400  400  400  400  400  400  400  400  400" },
  { route: "GET /uploads/[file]", path: "/uploads/none.png", expect:                                     "404  404  404  404  404  404  404  404  404" },
  { route: "POST /hooks/payment/[provider]", path: "/hooks/payment/pp_stripe_stripe", body: {}, expect:  "400  400  400  400  400  400  400  400  400" },
  { route: "POST /hooks/midtrans", path: "/hooks/midtrans", body: {}, expect:                             "400  400  400  400  400  400  400  400  400" },
  { route: "GET /store/carts/[id]/payment-status", path: "/store/carts/none/payment-status", expect:      "404  404  404  404  404  404  404  404  404" },
  // Outlet portal: outlet buyers only, each their own outlet's records.
  { route: "GET /outlet/me", path: "/outlet/me", expect:                                                 "401  403  200  200  401  401  401  401  401" },
  { route: "GET /outlet/catalog", path: "/outlet/catalog", expect:                                       "401  403  200  200  401  401  401  401  401" },
  { route: "GET /outlet/delivery-options", path: "/outlet/delivery-options", expect:                     "401  403  200  200  401  401  401  401  401" },
  { route: "GET /outlet/orders", path: "/outlet/orders", expect:                                         "401  403  200  200  401  401  401  401  401" },
  { route: "POST /outlet/orders", path: "/outlet/orders", body: {}, expect:                              "401  403  400  400  401  401  401  401  401" },
  { route: "GET /outlet/orders/[id]", path: "/outlet/orders/:outletOrder", expect:                       "401  403  200  404  401  401  401  401  401" },
  { route: "GET /outlet/orders/[id]/notes", path: "/outlet/orders/:outletOrder/notes", expect:           "401  403  200  404  401  401  401  401  401" },
  { route: "POST /outlet/orders/[id]/notes", path: "/outlet/orders/:outletOrder/notes", body: {}, expect: "401  403  400  400  401  401  401  401  401" },
  { route: "GET /outlet/pickups", path: "/outlet/pickups", expect:                                       "401  403  200  200  401  401  401  401  401" },
  { route: "GET /outlet/pickups/[id]", path: "/outlet/pickups/:order", expect:                           "401  403  404  404  401  401  401  401  401" },
  { route: "POST /outlet/pickups/[id]/collect", path: "/outlet/pickups/:order/collect", body: {}, expect: "401  403  404  404  401  401  401  401  401" },
  { route: "GET /outlet/consignments", path: "/outlet/consignments", expect:                             "401  403  200  200  401  401  401  401  401" },
  { route: "GET /outlet/consignment-reports", path: "/outlet/consignment-reports", expect:               "401  403  200  200  401  401  401  401  401" },
  { route: "POST /outlet/consignment-reports", path: "/outlet/consignment-reports", body: {}, expect:    "401  403  400  400  401  401  401  401  401" },
  // Coordinator portal: coordinators only, each their own cohorts' records (another's → 404).
  { route: "GET /coordinator/me", path: "/coordinator/me", expect:                                       "401  401  401  401  200  200  401  401  401" },
  { route: "GET /coordinator/products", path: "/coordinator/products?cohort_id=:cohort", expect:         "401  401  401  401  200  404  401  401  401" },
  { route: "POST /coordinator/products", path: "/coordinator/products", body: {}, expect:                "401  401  401  401  400  400  401  401  401" },
  { route: "GET /coordinator/products/[id]", path: "/coordinator/products/:product", expect:             "401  401  401  401  200  404  401  401  401" },
  { route: "POST /coordinator/products/[id]", path: "/coordinator/products/:product", body: { title: "Judul matriks" }, expect:
                                                                                                         "401  401  401  401  200  404  401  401  401" },
  { route: "POST /coordinator/products/[id]/submit", path: "/coordinator/products/:product/submit", body: {}, expect:
                                                                                                         "401  401  401  401  200  404  401  401  401" },
  { route: "POST /coordinator/products/[id]/archive", path: "/coordinator/products/:product/archive", body: {}, expect:
                                                                                                         "401  401  401  401  200  404  401  401  401" },
  { route: "POST /coordinator/uploads", path: "/coordinator/uploads", body: {}, expect:                   "401  401  401  401  400  400  401  401  401" },
  { route: "GET /coordinator/participants", path: "/coordinator/participants?cohort_id=:cohort", expect: "401  401  401  401  200  404  401  401  401" },
  { route: "POST /coordinator/participants", path: "/coordinator/participants", body: {}, expect:        "401  401  401  401  400  400  401  401  401" },
  { route: "POST /coordinator/participants/[id]", path: "/coordinator/participants/:participant", body: { active: true }, expect:
                                                                                                         "401  401  401  401  200  404  401  401  401" },
  { route: "GET /coordinator/batches", path: "/coordinator/batches?cohort_id=:cohort", expect:           "401  401  401  401  200  404  401  401  401" },
  { route: "POST /coordinator/batches", path: "/coordinator/batches", body: {}, expect:                  "401  401  401  401  400  400  401  401  401" },
  { route: "GET /coordinator/batches/[id]", path: "/coordinator/batches/:batch", expect:                 "401  401  401  401  200  404  401  401  401" },
  { route: "GET /coordinator/batches/[id]/recall", path: "/coordinator/batches/:batch/recall", expect:   "401  401  401  401  200  404  401  401  401" },
  { route: "GET /coordinator/orders", path: "/coordinator/orders?cohort_id=:cohort", expect:             "401  401  401  401  200  404  401  401  401" },
  { route: "POST /coordinator/orders/[id]/fulfillments", path: "/coordinator/orders/:order/fulfillments", body: {}, expect:
                                                                                                         "401  401  401  401  400  400  401  401  401" },
  { route: "POST /coordinator/orders/[id]/fulfillments/[fulfillment_id]/ship", path: "/coordinator/orders/:order/fulfillments/:fulfillment/ship", body: {}, expect:
                                                                                                         "401  401  401  401  400  404  401  401  401" },
  { route: "GET /coordinator/earnings", path: "/coordinator/earnings?cohort_id=:cohort", expect:         "401  401  401  401  200  404  401  401  401" },
  { route: "GET /coordinator/outlets", path: "/coordinator/outlets", expect:                             "401  401  401  401  200  200  401  401  401" },
  { route: "POST /coordinator/consignments", path: "/coordinator/consignments", body: {}, expect:        "401  401  401  401  400  400  401  401  401" },
  { route: "GET /coordinator/payout-statements", path: "/coordinator/payout-statements?cohort_id=:cohort", expect:
                                                                                                         "401  401  401  401  200  404  401  401  401" },
  { route: "GET /coordinator/payout-statements/[id]", path: "/coordinator/payout-statements/none", expect:
                                                                                                         "401  401  401  401  404  404  401  401  401" },
  { route: "GET /coordinator/payout-statements/[id]/csv", path: "/coordinator/payout-statements/none/csv", expect:
                                                                                                         "401  401  401  401  404  404  401  401  401" },
  { route: "POST /coordinator/payout-statements/[id]/mark-paid", path: "/coordinator/payout-statements/none/mark-paid", body: {}, expect:
                                                                                                         "401  401  401  401  400  400  401  401  401" },
  // Impact (issue 17): figures and trainings of the coordinator's own cohorts.
  { route: "GET /coordinator/impact/figures", path: "/coordinator/impact/figures?cohort_id=:cohort", expect: "401  401  401  401  200  404  401  401  401" },
  { route: "GET /coordinator/trainings", path: "/coordinator/trainings?cohort_id=:cohort", expect:       "401  401  401  401  200  404  401  401  401" },
  { route: "POST /coordinator/trainings", path: "/coordinator/trainings", body: {}, expect:              "401  401  401  401  400  400  401  401  401" },
  { route: "DELETE /coordinator/trainings/[id]", path: "/coordinator/trainings/none", method: "DELETE", expect:
                                                                                                         "401  401  401  401  404  404  401  401  401" },
  { route: "POST /coordinator/participants/[id]/profile", path: "/coordinator/participants/:participant/profile", body: { area: "plaju" }, expect:
                                                                                                         "401  401  401  401  200  404  401  401  401" },
  { route: "GET /coordinator/notes", path: "/coordinator/notes?cohort_id=:cohort", expect:               "401  401  401  401  200  404  401  401  401" },
  { route: "POST /coordinator/notes/[id]", path: "/coordinator/notes/none", body: {}, expect:            "401  401  401  401  400  400  401  401  401" },
  // Medusa Admin API: the operator only.
  { route: "GET /admin/cohorts", path: "/admin/cohorts", expect:                                         "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/cohorts", path: "/admin/cohorts", body: {}, expect:                              "401  401  401  401  401  401  400  401  401" },
  { route: "GET /admin/cohorts/[id]", path: "/admin/cohorts/:cohort", expect:                            "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/cohorts/[id]", path: "/admin/cohorts/:cohort", body: { status: "tidak-ada" }, expect:
                                                                                                         "401  401  401  401  401  401  400  401  401" },
  { route: "POST /admin/consignments/[id]/return", path: "/admin/consignments/none/return", body: { quantity: 1 }, expect:
                                                                                                         "401  401  401  401  401  401  404  401  401" },
  { route: "POST /admin/coordinator-invites", path: "/admin/coordinator-invites", body: {}, expect:      "401  401  401  401  401  401  400  401  401" },
  { route: "GET /admin/coordinator-invites", path: "/admin/coordinator-invites", expect:                 "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/coordinator-invites/[id]/resend", path: "/admin/coordinator-invites/none/resend", body: {}, expect:
                                                                                                         "401  401  401  401  401  401  404  401  401" },
  { route: "GET /admin/coordinators", path: "/admin/coordinators", expect:                               "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/coordinators/[id]/revoke", path: "/admin/coordinators/none/revoke", body: {}, expect:
                                                                                                         "401  401  401  401  401  401  404  401  401" },
  { route: "GET /admin/ledger/entries", path: "/admin/ledger/entries", expect:                           "401  401  401  401  401  401  200  401  401" },
  { route: "GET /admin/listings", path: "/admin/listings", expect:                                       "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/listings/[product_id]/publish", path: "/admin/listings/none/publish", body: {}, expect:
                                                                                                         "401  401  401  401  401  401  404  401  401" },
  { route: "POST /admin/listings/[product_id]/reject", path: "/admin/listings/none/reject", body: {}, expect:
                                                                                                         "401  401  401  401  401  401  400  401  401" },
  { route: "GET /admin/orders/[id]/revenue-shares", path: "/admin/orders/:order/revenue-shares", expect: "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/orders/[id]/revenue-shares", path: "/admin/orders/none/revenue-shares", body: {}, expect:
                                                                                                         "401  401  401  401  401  401  404  401  401" },
  { route: "POST /admin/outlet-orders/[id]/mark-paid", path: "/admin/outlet-orders/:outletOrder/mark-paid", body: {}, expect:
                                                                                                         "401  401  401  401  401  401  400  401  401" },
  { route: "GET /admin/outlets", path: "/admin/outlets", expect:                                         "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/outlets", path: "/admin/outlets", body: {}, expect:                              "401  401  401  401  401  401  400  401  401" },
  { route: "GET /admin/outlets/[id]", path: "/admin/outlets/:outlet", expect:                            "401  401  401  401  401  401  200  401  401" },
  { route: "GET /admin/outlets/[id]/consignments", path: "/admin/outlets/:outlet/consignments", expect:  "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/outlets/[id]/consignments", path: "/admin/outlets/:outlet/consignments", body: {}, expect:
                                                                                                         "401  401  401  401  401  401  400  401  401" },
  { route: "POST /admin/outlets/[id]/invites", path: "/admin/outlets/:outlet/invites", body: {}, expect: "401  401  401  401  401  401  400  401  401" },
  { route: "GET /admin/payouts", path: "/admin/payouts", expect:                                         "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/payouts", path: "/admin/payouts", body: { period: "bukan-bulan" }, expect:       "401  401  401  401  401  401  400  401  401" },
  { route: "GET /admin/payouts/[id]", path: "/admin/payouts/none", expect:                               "401  401  401  401  401  401  404  401  401" },
  { route: "GET /admin/payout-statements/[id]", path: "/admin/payout-statements/none", expect:           "401  401  401  401  401  401  404  401  401" },
  { route: "GET /admin/payout-statements/[id]/csv", path: "/admin/payout-statements/none/csv", expect:   "401  401  401  401  401  401  404  401  401" },
  { route: "POST /admin/payout-statements/[id]/mark-paid", path: "/admin/payout-statements/none/mark-paid", body: {}, expect:
                                                                                                         "401  401  401  401  401  401  400  401  401" },
  { route: "GET /admin/impact/figures", path: "/admin/impact/figures", expect:                           "401  401  401  401  401  401  200  401  401" },
  { route: "GET /admin/impact/trainings", path: "/admin/impact/trainings", expect:                       "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/impact/trainings", path: "/admin/impact/trainings", body: {}, expect:            "401  401  401  401  401  401  400  401  401" },
  { route: "DELETE /admin/impact/trainings/[id]", path: "/admin/impact/trainings/none", method: "DELETE", expect:
                                                                                                         "401  401  401  401  401  401  404  401  401" },
  { route: "GET /admin/impact/inputs", path: "/admin/impact/inputs", expect:                             "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/impact/inputs", path: "/admin/impact/inputs", body: {}, expect:                  "401  401  401  401  401  401  400  401  401" },
  { route: "DELETE /admin/impact/inputs/[id]", path: "/admin/impact/inputs/none", method: "DELETE", expect:
                                                                                                         "401  401  401  401  401  401  404  401  401" },
  { route: "GET /admin/participants", path: "/admin/participants?status=released&cohort_id=:cohort", expect: "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/participants/[id]/profile", path: "/admin/participants/:participant/profile", body: {}, expect:
                                                                                                         "401  401  401  401  401  401  400  401  401" },
  { route: "POST /admin/participants/[id]/move", path: "/admin/participants/:participant/move", body: {}, expect:
                                                                                                         "401  401  401  401  401  401  400  401  401" },
  { route: "GET /admin/impact/report.csv", path: "/admin/impact/report.csv", expect:                     "401  401  401  401  401  401  200  401  401" },
  { route: "GET /admin/impact/report.xlsx", path: "/admin/impact/report.xlsx", expect:                   "401  401  401  401  401  401  200  401  401" },
  { route: "GET /admin/impact/report.pdf", path: "/admin/impact/report.pdf", expect:                     "401  401  401  401  401  401  200  401  401" },
  { route: "GET /coordinator/impact/report.csv", path: "/coordinator/impact/report.csv", expect:         "401  401  401  401  200  200  401  401  401" },
  { route: "GET /coordinator/impact/report.xlsx", path: "/coordinator/impact/report.xlsx", expect:       "401  401  401  401  200  200  401  401  401" },
  { route: "GET /coordinator/impact/report.pdf", path: "/coordinator/impact/report.pdf", expect:         "401  401  401  401  200  200  401  401  401" },
  { route: "GET /admin/revenue-share-rules", path: "/admin/revenue-share-rules", expect:                 "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/revenue-share-rules", path: "/admin/revenue-share-rules", body: {}, expect:      "401  401  401  401  401  401  400  401  401" },
  { route: "GET /admin/revenue-share-rules/[id]", path: "/admin/revenue-share-rules/:rule", expect:      "401  401  401  401  401  401  200  401  401" },
  { route: "POST /admin/revenue-share-rules/[id]", path: "/admin/revenue-share-rules/:rule", body: { buckets: "bukan-daftar" }, expect:
                                                                                                         "401  401  401  401  401  401  400  401  401" },
  { route: "POST /admin/revenue-share-rules/[id]/versions", path: "/admin/revenue-share-rules/:rule/versions", body: {}, expect:
                                                                                                         "401  401  401  401  401  401  400  401  401" },
  { route: "GET /admin/unplaced-payments", path: "/admin/unplaced-payments", expect:                     "401  401  401  401  401  401  200  401  401" },
]

/** Every `METHOD /path` our route files export, as "GET /admin/cohorts/[id]". */
function routeFiles(): string[] {
  const root = path.resolve(__dirname, "../../backend/src/api")
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : []))
  return walk(root).flatMap((file) => {
    const route = `/${path.relative(root, path.dirname(file)).split(path.sep).join("/")}`
    const methods = [...readFileSync(file, "utf8").matchAll(/^export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm)].map((m) => m[1])
    return methods.map((method) => `${method} ${route}`)
  })
}

const statuses = (row: Row) => {
  const codes = row.expect.trim().split(/\s+/).map(Number)
  if (codes.length !== CALLERS.length) throw new Error(`${row.route}: ${codes.length} statuses for ${CALLERS.length} callers`)
  return Object.fromEntries(CALLERS.map((c, i) => [c, codes[i]])) as Record<Caller, number>
}

const tamper = (token: string) => {
  const [header, payload, signature] = token.split(".")
  return `${header}.${payload}.${signature.slice(0, -4)}${signature.endsWith("AAAA") ? "BBBB" : "AAAA"}`
}

describe("authorisation matrix: coverage", () => {
  it("has a row for every method of every route file, and no row for a route that is gone", () => {
    const files = routeFiles().sort()
    const rows = MATRIX.filter((r) => !r.route.startsWith("medusa ")).map((r) => r.route)
    expect(files.length).toBeGreaterThan(50)
    expect(files.filter((f) => !rows.includes(f)), "route files without a row in MATRIX").toEqual([])
    expect(rows.filter((r) => !files.includes(r)), "rows without a route file").toEqual([])
    expect(new Set(rows).size, "one row per route").toBe(rows.length)
  })
})

describe("authorisation matrix: every route we add × every kind of caller", () => {
  const tokens = {} as Record<Exclude<Caller, "anon" | "tamp">, string>
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    const [a, b, outA, outB, operator, category] = await Promise.all([
      demoCoordinator(0),
      demoCoordinator(1),
      demoOutlet(0),
      demoOutlet(1),
      operatorToken(),
      categoryId(),
    ])
    const shopper = await registerCustomer(`${unique("matriks")}@example.com`)
    const registration = await api("/auth/user/emailpass/register", { body: { email: `${unique("tanpa-akun")}@example.com`, password: "kata-sandi-uji" } })
    if (registration.status !== 200) throw new Error(`Registering failed: ${registration.status}`)
    Object.assign(tokens, { shop: shopper.token, outA: outA.token, outB: outB.token, coA: a.token, coB: b.token, oper: operator, wrong: registration.body.token })
    const [product, production, outletOrder, shopperOrder, rules] = await Promise.all([
      createDraft(a.token, a.cohortId, category),
      productionFixtures(a),
      placeOutletOrder(outA, { "KB-PSG-SLG-200": 2, "KB-TMP-KRU-500": 1, "KB-TMW-TTS-MRH": 1 }),
      placeOrder(shopper.email, await variantOf(2), shopper.token),
      api("/admin/revenue-share-rules", { token: operator }),
    ])
    if (outletOrder.status !== 201) throw new Error(`Outlet order failed: ${outletOrder.status} ${JSON.stringify(outletOrder.body)}`)
    Object.assign(ids, production, {
      cohort: a.cohortId,
      cohortHandle: a.cohortHandle,
      product: product.id,
      outlet: outA.id,
      outletOrder: outletOrder.body.order.id,
      shopperOrder: shopperOrder.id,
      rule: rules.body.revenue_share_rules[0].id,
    })
  })

  for (const row of MATRIX) {
    it(`${row.route}`, async () => {
      const expected = statuses(row)
      const target = row.path.replace(/:([A-Za-z]+)/g, (m, key) => ids[key] ?? m)
      expect(target, "a placeholder without a record").not.toMatch(/:[A-Za-z]/)
      const own = target.startsWith("/admin") ? tokens.oper : target.startsWith("/coordinator/") ? tokens.coA : target.startsWith("/outlet/") ? tokens.outA : tokens.shop
      const actual: Record<string, number> = {}
      // One caller after another: an authorised write must not race a refused one.
      for (const caller of CALLERS) {
        const token = caller === "anon" ? undefined : caller === "tamp" ? tamper(own) : tokens[caller]
        const res = await api(target, { method: row.method ?? (row.body ? "POST" : "GET"), body: row.body, token })
        actual[caller] = res.status
        // A refusal names no record of another actor and never leaks a stack.
        if (res.status >= 400) expect(JSON.stringify(res.body ?? "")).not.toMatch(/\bat .+\.(js|ts):\d+/)
      }
      expect(actual).toEqual(expected)
    })
  }
})
