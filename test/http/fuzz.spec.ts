import fc from "fast-check"
import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken, unique } from "./helpers/actors"
import { api, type ApiResponse } from "./helpers/api"
import { categoryId, productBody } from "./helpers/coordinator-products"
import { demoCoordinator } from "./helpers/coordinators"
import { registerCustomer } from "./helpers/customers"
import { demoOutlet } from "./helpers/outlets"

/*
 * Hostile input over every custom route (backend/src/api/**\/route.ts) and its
 * caller's auth: NUL and control characters, huge strings, negative, fractional
 * and out-of-range numbers, arrays and objects where strings belong, impossible
 * dates, query operators. Whatever comes in: no 5xx, no stack trace in the body,
 * and every refusal a 4xx with a message a person can read.
 *
 * Each request starts from a plausible request for the route (its template) and
 * changes one to three values in it, so validators and handlers see hostile
 * values next to sensible ones. Routes that would write without an id in their
 * path (create a cohort, run a payout, place an order) always get one unknown
 * field as well: their strict validators refuse the request, after checking the
 * rest, so the fuzzing never changes what the other suites read.
 *
 * FUZZ_RUNS (default 25) is the number of requests per route; FUZZ_SEED replays a run.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 25)
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined
const API_DIR = path.join(__dirname, "..", "..", "backend", "src", "api")

type Actor = "anonymous" | "shopper" | "outlet" | "coordinator" | "operator"
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Context = { cohortId: string; variantId: string; categoryId: string }
type RouteSpec = {
  actor: Actor
  /** A plausible query for the route; the fuzzer changes values in it. */
  query?: (ctx: Context) => Record<string, Json>
  /** A plausible JSON body (POST). */
  body?: (ctx: Context) => Record<string, Json>
  /** The route writes and has no id in its path: every fuzzed body carries an unknown field too. */
  writes?: true
  /** Query keys that stay strings (see KNOWN_HANG below). */
  stringQuery?: string[]
}

const period = { from: "2026-11-01", to: "2026-11-30" }
const buckets = [
  { code: "participants", basis_points: 6000 },
  { code: "facility", basis_points: 4000 },
]

const trainingBody = (cohortId: string) => ({
  cohort_id: cohortId,
  kind: "training",
  skill_line: "olahan_tempe",
  title: "Pelatihan uji",
  held_on: "2026-11-10",
  place: "Sentra Kuliner Plaju",
  trainer_org: "Pertamina",
  hours: 2,
  participant_codes: ["KB-UJI-0001"],
})

/** Every custom route × method, keyed as "METHOD /path/[param]" after its folder. */
const ROUTES: Record<string, RouteSpec> = {
  "GET /admin/cohorts": { actor: "operator", query: () => ({ q: "tempe", limit: "20", offset: "0", status: "active", facility_type: "lapas", order: "name", fields: "id,name" }) },
  "POST /admin/cohorts": {
    actor: "operator",
    writes: true,
    body: () => ({
      handle: "kohort-uji-fuzz",
      name: "Kohort Uji",
      facility_name: "Lapas Uji",
      facility_type: "lapas",
      area: "plaju",
      craft_line: "pisang",
      tagline: "Uji",
      story: "Cerita uji.",
      address: { address_1: "Jl. Uji 1", city: "Palembang", postal_code: "30111" },
      translations: { "en-US": { name: "Test cohort" } },
    }),
  },
  "GET /admin/cohorts/[id]": { actor: "operator", query: () => ({ fields: "id,name" }) },
  "POST /admin/cohorts/[id]": { actor: "operator", body: () => ({ name: "Kohort Uji", status: "active", tagline: "Uji" }) },
  "POST /admin/consignments/[id]/return": { actor: "operator", body: () => ({ quantity: 1 }) },
  "POST /admin/coordinator-invites": { actor: "operator", writes: true, body: (c) => ({ email: "fuzz@karyabinaan.test", name: "Uji", cohort_ids: [c.cohortId] }) },
  "GET /admin/coordinator-invites": { actor: "operator", query: () => ({ limit: "20", offset: "0" }) },
  "POST /admin/coordinator-invites/[id]/resend": { actor: "operator", body: () => ({}) },
  "GET /admin/coordinators": { actor: "operator", query: () => ({ limit: "20", offset: "0" }) },
  "POST /admin/coordinators/[id]/revoke": { actor: "operator", body: () => ({}) },
  "GET /admin/ledger/entries": { actor: "operator", query: (c) => ({ cohort_id: c.cohortId, order_id: "order_x", party_id: "x", ...period, limit: "50", offset: "0" }) },
  "GET /admin/listings": { actor: "operator", query: () => ({ state: "submitted", limit: "50", offset: "0" }) },
  "POST /admin/listings/[product_id]/publish": { actor: "operator", body: () => ({}) },
  "POST /admin/listings/[product_id]/reject": { actor: "operator", body: () => ({ reason: "Foto kurang jelas" }) },
  "GET /admin/orders/[id]/revenue-shares": { actor: "operator", query: () => ({}) },
  "POST /admin/orders/[id]/revenue-shares": { actor: "operator", body: () => ({}) },
  "POST /admin/outlet-orders/[id]/mark-paid": { actor: "operator", body: () => ({ reference: "TRF-0001" }) },
  "GET /admin/outlets": { actor: "operator", query: () => ({}) },
  "POST /admin/outlets": {
    actor: "operator",
    writes: true,
    body: (c) => ({
      name: "Outlet Uji",
      handle: "outlet-uji-fuzz",
      pertamina_centre: "Pertamina Uji",
      address_1: "Jl. Uji 2",
      city: "Palembang",
      province: "Sumatera Selatan",
      contact_name: "Uji",
      contact_phone: "0711123456",
      contact_email: "outlet@karyabinaan.test",
      payment_terms_days: 30,
      minimum_order_value: 300000,
      prices: [{ variant_id: c.variantId, amount: 10000 }],
    }),
  },
  "GET /admin/outlets/[id]": { actor: "operator", query: () => ({}) },
  "GET /admin/outlets/[id]/consignments": { actor: "operator", query: () => ({}) },
  "POST /admin/outlets/[id]/consignments": { actor: "operator", body: () => ({ batch_id: "pbat_x", quantity: 1 }) },
  "POST /admin/outlets/[id]/invites": { actor: "operator", body: () => ({ email: "pembeli@karyabinaan.test", name: "Uji" }) },
  "GET /admin/payout-statements/[id]": { actor: "operator", query: () => ({}) },
  "GET /admin/payout-statements/[id]/csv": { actor: "operator", query: () => ({}) },
  "POST /admin/payout-statements/[id]/mark-paid": { actor: "operator", body: () => ({ reference: "TRF-0001", paid_at: "2026-11-23" }) },
  "GET /admin/impact/figures": {
    actor: "operator",
    query: (c) => ({ ...period, cohort_id: c.cohortId, facility: "Lapas Perempuan", channel: "online", area: "plaju", skill_line: "olahan_pisang" }),
  },
  "GET /admin/impact/report.csv": { actor: "operator", query: (c) => ({ ...period, cohort_id: c.cohortId, area: "plaju" }) },
  "GET /admin/impact/report.xlsx": { actor: "operator", query: (c) => ({ ...period, cohort_id: c.cohortId, area: "plaju" }) },
  "GET /admin/impact/report.pdf": { actor: "operator", query: (c) => ({ ...period, cohort_id: c.cohortId, area: "plaju" }) },
  "GET /admin/impact/trainings": { actor: "operator", query: (c) => ({ cohort_id: c.cohortId, ...period }) },
  "POST /admin/impact/trainings": { actor: "operator", writes: true, body: (c) => trainingBody(c.cohortId) },
  "DELETE /admin/impact/trainings/[id]": { actor: "operator" },
  "GET /admin/impact/inputs": { actor: "operator", query: () => ({}) },
  "POST /admin/impact/inputs": { actor: "operator", writes: true, body: () => ({ month: "2026-11", kind: "equipment", amount: 1_000_000, note: "Uji" }) },
  "DELETE /admin/impact/inputs/[id]": { actor: "operator" },
  "GET /admin/participants": { actor: "operator", query: (c) => ({ cohort_id: c.cohortId, status: "released", q: "KB-PLJ", limit: "20", offset: "0" }) },
  "POST /admin/participants/[id]/profile": { actor: "operator", body: () => ({ status: "klien", area: "plaju", joined_on: "2026-06-01" }) },
  "POST /admin/participants/[id]/move": { actor: "operator", body: (c) => ({ cohort_id: c.cohortId }) },
  "GET /admin/payouts": { actor: "operator", query: () => ({ limit: "20", offset: "0" }) },
  "POST /admin/payouts": { actor: "operator", writes: true, body: () => ({ period: "2026-11" }) },
  "GET /admin/payouts/[id]": { actor: "operator", query: () => ({}) },
  "GET /admin/revenue-share-rules": { actor: "operator", query: (c) => ({ cohort_id: c.cohortId, sales_channel_id: "sc_x" }) },
  "POST /admin/revenue-share-rules": {
    actor: "operator",
    writes: true,
    body: (c) => ({ name: "Aturan uji", cohort_id: c.cohortId, effective_from: "2030-01-01", buckets }),
  },
  "GET /admin/revenue-share-rules/[id]": { actor: "operator", query: () => ({}) },
  "GET /admin/unplaced-payments": { actor: "operator", query: () => ({ limit: "20", offset: "0" }) },
  "POST /admin/revenue-share-rules/[id]": { actor: "operator", body: () => ({ name: "Aturan uji", effective_from: "2030-01-01", buckets }) },
  "POST /admin/revenue-share-rules/[id]/versions": { actor: "operator", body: () => ({ effective_from: "2030-01-01", buckets }) },
  "GET /coordinator-invites/[token]": { actor: "anonymous", query: () => ({}) },
  "POST /coordinator-invites/accept": { actor: "anonymous", writes: true, body: () => ({ token: "t".repeat(40), name: "Uji", password: "kata-sandi-uji" }) },
  "GET /coordinator/batches": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId }) },
  "POST /coordinator/batches": {
    actor: "coordinator",
    writes: true,
    body: (c) => ({
      cohort_id: c.cohortId,
      variant_id: c.variantId,
      quantity: 1,
      batch_code: "FUZZ-1",
      production_date: "2026-11-01",
      expiry_date: "2027-01-01",
      contributions: [{ participant_id: "par_x", units: 1 }],
    }),
  },
  "GET /coordinator/batches/[id]": { actor: "coordinator", query: () => ({}) },
  "GET /coordinator/batches/[id]/recall": { actor: "coordinator", query: () => ({}) },
  "POST /coordinator/consignments": { actor: "coordinator", writes: true, body: () => ({ outlet_id: "outl_x", batch_id: "pbat_x", quantity: 1 }) },
  "GET /coordinator/earnings": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId, ...period }) },
  "GET /coordinator/impact/figures": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId, ...period, channel: "outlet", area: "other" }) },
  "GET /coordinator/impact/report.csv": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId, ...period }) },
  "GET /coordinator/impact/report.xlsx": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId, ...period }) },
  "GET /coordinator/impact/report.pdf": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId, ...period }) },
  "GET /coordinator/trainings": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId, ...period }) },
  "POST /coordinator/trainings": { actor: "coordinator", writes: true, body: (c) => trainingBody(c.cohortId) },
  "DELETE /coordinator/trainings/[id]": { actor: "coordinator" },
  "POST /coordinator/participants/[id]/profile": { actor: "coordinator", body: () => ({ area: "plaju", left_on: null }) },
  "GET /coordinator/me": { actor: "coordinator", query: () => ({}) },
  "GET /coordinator/orders": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId, limit: "20", offset: "0" }) },
  "POST /coordinator/orders/[id]/fulfillments": {
    actor: "coordinator",
    body: (c) => ({ cohort_id: c.cohortId, items: [{ line_item_id: "ordli_x", quantity: 1 }], carrier: "JNE", tracking_number: "JNE0001" }),
  },
  "POST /coordinator/orders/[id]/fulfillments/[fulfillment_id]/ship": { actor: "coordinator", body: () => ({ carrier: "JNE", tracking_number: "JNE0001" }) },
  "GET /coordinator/outlets": { actor: "coordinator", query: () => ({}) },
  "GET /coordinator/participants": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId }) },
  "POST /coordinator/participants": { actor: "coordinator", writes: true, body: (c) => ({ cohort_id: c.cohortId, display_name: "Uji", active: true }) },
  "POST /coordinator/participants/[id]": { actor: "coordinator", body: () => ({ display_name: "Uji", active: true }) },
  "GET /coordinator/payout-statements": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId, status: "unpaid" }) },
  "GET /coordinator/payout-statements/[id]": { actor: "coordinator", query: () => ({}) },
  "GET /coordinator/payout-statements/[id]/csv": { actor: "coordinator", query: () => ({ with_names: "true" }) },
  "POST /coordinator/payout-statements/[id]/mark-paid": { actor: "coordinator", body: () => ({ reference: "TRF-0001", paid_at: "2026-11-23" }) },
  "GET /coordinator/products": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId, state: "draft", limit: "20", offset: "0" }) },
  "POST /coordinator/products": { actor: "coordinator", writes: true, body: (c) => JSON.parse(JSON.stringify(productBody(c.cohortId, c.categoryId))) },
  "GET /coordinator/products/[id]": { actor: "coordinator", query: () => ({}) },
  "POST /coordinator/products/[id]": { actor: "coordinator", body: () => ({ title: "Keripik Uji", subtitle: "Renyah", description: "Keripik pisang uji." }) },
  "POST /coordinator/products/[id]/archive": { actor: "coordinator", body: () => ({}) },
  "POST /coordinator/products/[id]/submit": { actor: "coordinator", body: () => ({}) },
  // JSON where multipart is expected: no file, a 400.
  "POST /coordinator/uploads": { actor: "coordinator", writes: true, body: () => ({ files: ["x.png"] }) },
  "POST /hooks/payment/[provider]": { actor: "anonymous", body: () => ({ type: "payment_intent.succeeded", data: { object: { id: "pi_x" } } }) },
  "POST /hooks/midtrans": {
    actor: "anonymous",
    body: () => ({ order_id: "payses_01UNKNOWN~abc", status_code: "200", gross_amount: "40000.00", transaction_status: "settlement", signature_key: "0".repeat(128) }),
  },
  "GET /outlet-invites/[token]": { actor: "anonymous", query: () => ({}) },
  "POST /outlet-invites/accept": { actor: "anonymous", writes: true, body: () => ({ token: "t".repeat(40), first_name: "Uji", password: "kata-sandi-uji" }) },
  "GET /outlet/catalog": { actor: "outlet", query: () => ({ locale: "en-US" }) },
  "GET /outlet/delivery-options": { actor: "outlet", query: () => ({}) },
  "GET /outlet/consignment-reports": { actor: "outlet", query: () => ({}) },
  "POST /outlet/consignment-reports": {
    actor: "outlet",
    writes: true,
    body: (c) => ({ period_start: "2026-11-01", period_end: "2026-11-30", lines: [{ variant_id: c.variantId, quantity: 1 }] }),
  },
  "GET /outlet/consignments": { actor: "outlet", query: () => ({}) },
  "GET /outlet/me": { actor: "outlet", query: () => ({}) },
  "GET /outlet/orders": { actor: "outlet", query: () => ({ limit: "20", offset: "0" }) },
  "POST /outlet/orders": { actor: "outlet", writes: true, body: (c) => ({ items: [{ variant_id: c.variantId, quantity: 1 }], po_number: "PO-1", delivery: "delivery" }) },
  "GET /outlet/orders/[id]": { actor: "outlet", query: () => ({}) },
  "GET /outlet/orders/[id]/notes": { actor: "outlet", query: () => ({}) },
  "POST /outlet/orders/[id]/notes": { actor: "outlet", body: (c) => ({ cohort_id: c.cohortId, first_name: "Rina", message: "Terima kasih" }) },
  "GET /store/orders/[id]/notes": { actor: "shopper", query: () => ({}) },
  "POST /store/orders/[id]/notes": { actor: "shopper", body: (c) => ({ cohort_id: c.cohortId, first_name: "Rina", message: "Terima kasih" }) },
  "GET /store/cohorts/[handle]/notes": { actor: "anonymous", query: () => ({}) },
  "GET /coordinator/notes": { actor: "coordinator", query: (c) => ({ cohort_id: c.cohortId, status: "pending" }) },
  "POST /coordinator/notes/[id]": { actor: "coordinator", body: () => ({ action: "approve" }) },
  "GET /outlet/pickups": { actor: "outlet", query: () => ({}) },
  "GET /outlet/pickups/[id]": { actor: "outlet", query: () => ({}) },
  "POST /outlet/pickups/[id]/collect": { actor: "outlet", body: () => ({}) },
  "GET /store/impact": { actor: "anonymous", query: () => ({ cohort_handle: "kohort-tidak-ada" }) },
  "GET /store/bank-transfer": { actor: "shopper", query: () => ({ locale: "en-US" }), stringQuery: ["locale"] },
  "GET /store/carts/[id]/payment-status": { actor: "shopper", query: () => ({ locale: "en-US" }), stringQuery: ["locale"] },
  "GET /store/pickup-outlets": { actor: "anonymous", query: () => ({ locale: "en-US" }), stringQuery: ["locale"] },
  "POST /store/carts/[id]/pickup-outlet": { actor: "anonymous", body: () => ({ outlet_id: "outl_x" }) },
  "GET /store/cohorts": { actor: "anonymous", query: () => ({ q: "tempe", limit: "20", offset: "0", facility_type: "lapas", craft_line: "tempe", fields: "id,name" }) },
  "GET /store/cohorts/[handle]": { actor: "anonymous", query: () => ({ fields: "id,name" }) },
  "GET /store/search": { actor: "anonymous", query: () => ({ q: "keripik", locale: "en-US", limit: "12", offset: "0" }), stringQuery: ["locale"] },
  "POST /store/order-lookup": { actor: "anonymous", body: () => ({ order_number: "1001", email: "pembeli@contoh.com" }) },
  "GET /store/customers/me/guest-orders": { actor: "shopper", query: () => ({}) },
  "POST /store/customers/me/guest-orders": { actor: "shopper", writes: true, body: () => ({}) },
  "POST /store/registrations": { actor: "anonymous", writes: true, body: () => ({ email: "calon@contoh.com", first_name: "Calon", locale: "id" }) },
  "POST /store/registrations/confirm": { actor: "anonymous", writes: true, body: () => ({ token: "abc.def", password: "kata-sandi-uji" }) },
  "GET /uploads/[file]": { actor: "anonymous", query: () => ({}) },
}

/** Medusa's own routes our middlewares extend (their query reaches our code first). */
const EXTENDED_CORE_ROUTES: Record<string, RouteSpec> = {
  "GET /store/products": { actor: "shopper", query: (c) => ({ cohort_id: c.cohortId, q: "keripik", limit: "12", offset: "0", fields: "id,title,*cohort" }) },
}

/** "METHOD /path" of every exported handler under backend/src/api. */
function routesInSource(): string[] {
  const found: string[] = []
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry)
      if (statSync(full).isDirectory()) visit(full)
      else if (entry === "route.ts") {
        const route = "/" + path.relative(API_DIR, dir).split(path.sep).join("/")
        for (const m of readFileSync(full, "utf8").matchAll(/^export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/gm)) {
          found.push(`${m[1]} ${route}`)
        }
      }
    }
  }
  visit(API_DIR)
  return found.sort()
}

// ---- hostile values ----

const HOSTILE_STRINGS = [
  "\u0000",
  "tempe\u0000",
  "\u0000\u0000\u0000",
  "a\u0007b\u001bc",
  "\u007f",
  "2026-13-45",
  "0000-00-00",
  "9999-99-99",
  "2026-02-30",
  "-1",
  "1.5",
  "NaN",
  "Infinity",
  "1e309",
  "99999999999999999999",
  "",
  " ",
  "' OR '1'='1' --",
  "<script>alert(1)</script>",
  "../../../../etc/passwd",
  "javascript:/uploads/x",
  "https://evil.example/uploads/t.png",
  "%00",
  "\u202eevil",
  "\ud800",
  "😀".repeat(50),
  "$ne",
  "constructor",
  "x".repeat(5_000),
]
const HOSTILE_NUMBERS = [-1, 0, 0.5, -0.5, 1.5, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e-300]

// Not in a query: a URL over Node's 16 KB header limit is refused by the HTTP server itself (431, no body).
const HUGE = "y".repeat(200_000)

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS, HUGE) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }
)
const hostileNumber = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.double(), fc.integer())
const leaf: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) }
)
const OPERATORS = ["$ne", "$gt", "$gte", "$lt", "$in", "$nin", "$or", "$and", "$like", "$ilike", "$exists", "$where"]
const hostile: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: leaf },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...OPERATORS), leaf).map(([op, v]) => ({ [op]: v })) },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("a", "id", "url", "quantity", "$ne"), leaf, { maxKeys: 3 }) }
)

const PARAM_VALUES = ["fuzz_missing", "\u0000", "prod_\u0000", "x".repeat(400), "$ne", "-1", "1.5", "' OR 1=1 --", "😀", "coh_", "private-1-x.svg", "a.html"]

type Mutation = { at: number; value: Json; remove: boolean }
type Fuzzed = { params: string[]; query: Mutation[]; queryExtra: [string, Json] | null; body: Mutation[]; bodyExtra: [string, Json] | null }

const mutation = fc.record({ at: fc.nat(), value: hostile, remove: fc.boolean() })
const extraKey = fc.option(fc.tuple(fc.constantFrom("fuzz_extra", "$where", "constructor", "limit", "offset", "fields", "q"), hostile), { freq: 3 })
const fuzzed = (paramCount: number): fc.Arbitrary<Fuzzed> =>
  fc.record({
    params: fc.array(fc.constantFrom(...PARAM_VALUES), { minLength: paramCount, maxLength: paramCount }),
    query: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    queryExtra: extraKey,
    body: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    bodyExtra: extraKey,
  })

/** Paths to every value in a JSON template (containers included), for mutation. */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = at.length ? [at] : []
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))]
  if (value && typeof value === "object") return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))]
  return here
}

function mutate(template: Record<string, Json>, mutations: Mutation[], extra: [string, Json] | null, stringKeys: string[] = []): Record<string, Json> {
  const copy = structuredClone(template) as Record<string, Json>
  for (const m of mutations) {
    const paths = pathsOf(copy)
    if (!paths.length) break
    const target = paths[m.at % paths.length]
    const parent = target.slice(0, -1).reduce<any>((node, key) => node?.[key], copy)
    if (!parent || typeof parent !== "object") continue
    const key = target[target.length - 1]
    if (m.remove && !Array.isArray(parent)) delete parent[key]
    else parent[key] = target.length === 1 && stringKeys.includes(String(key)) && typeof m.value !== "string" ? JSON.stringify(m.value) : m.value
  }
  if (extra) Object.defineProperty(copy, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true })
  return copy
}

/** A query string the way qs (Express) reads it back: arrays and objects in brackets. */
function queryString(query: Record<string, Json>): string {
  const pairs: [string, string][] = []
  const add = (name: string, value: Json) => {
    if (Array.isArray(value)) value.forEach((v, i) => add(`${name}[${i}]`, v))
    else if (value && typeof value === "object") Object.entries(value).forEach(([k, v]) => add(`${name}[${k}]`, v))
    else pairs.push([name, value === null ? "" : String(value) === HUGE ? "z".repeat(5_000) : String(value)])
  }
  Object.entries(query).forEach(([k, v]) => add(k, v))
  return new URLSearchParams(pairs).toString()
}

// ---- what every answer must be ----

/** Well past any URL a person or our storefront sends, and near Node's 16 KiB limit on a request head. */
const OVERSIZED_URL_BYTES = 12_000

const STACK_TRACE = /\n\s+at [^\n]+:\d+:\d+|node_modules\/|\/src\/(api|modules|workflows)\/|Error: [^"]*\\n\s+at /

function checkAnswer(res: ApiResponse, label: () => string): void {
  const raw = typeof res.body === "string" ? res.body : JSON.stringify(res.body ?? "")
  const problem =
    res.status >= 500
      ? `answered ${res.status}`
      : STACK_TRACE.test(raw)
        ? "leaked a stack trace"
        : res.status >= 400 && !(typeof res.body?.message === "string" && res.body.message.trim().length > 0)
          ? `refused (${res.status}) without a message`
          : null
  if (problem) throw new Error(`${problem}\n${label()}\n← ${res.status} ${raw.slice(0, 600)}`)
}

const short = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v)
  return s.length > 400 ? `${s.slice(0, 400)}… (${s.length} chars)` : s
}

/** The answer, or a failure naming the request when none comes: a hang is a fault too. */
async function answered(url: string, options: Parameters<typeof api>[1] & { method: string }, ms = 15_000): Promise<ApiResponse> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s: ${options.method} ${short(url)}`)), ms)
  })
  try {
    return await Promise.race([api(url, options), timeout])
  } finally {
    clearTimeout(timer)
  }
}

// ---- the suite ----

describe("fuzzing every custom route: hostile input never gets a 5xx, a stack trace or a refusal without a message", () => {
  const tokens: Partial<Record<Actor, string>> = {}
  let ctx: Context

  beforeAll(async () => {
    const [coordinator, outlet, shopper, operator, category] = await Promise.all([
      demoCoordinator(0),
      demoOutlet(0),
      registerCustomer(`${unique("fuzz")}@karyabinaan.test`),
      operatorToken(),
      categoryId(),
    ])
    Object.assign(tokens, { coordinator: coordinator.token, outlet: outlet.token, shopper: shopper.token, operator })
    ctx = { cohortId: coordinator.cohortId, variantId: [...outlet.catalog.values()][0].id, categoryId: category }
  })

  it("covers every route in backend/src/api: a new route must be added to ROUTES", () => {
    expect(routesInSource()).toEqual(Object.keys(ROUTES).sort())
  })

  const all = { ...ROUTES, ...EXTENDED_CORE_ROUTES }
  for (const [key, spec] of Object.entries(all)) {
    const [method, template] = key.split(" ")
    const paramCount = (template.match(/\[[^\]]+\]/g) ?? []).length

    it(`${key} (${spec.actor})`, { timeout: 240_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(fuzzed(paramCount), async (f) => {
          let i = 0
          const url = template.replace(/\[[^\]]+\]/g, () => encodeURIComponent(f.params[i++]))
          const query = spec.query ? mutate(spec.query(ctx), f.query, f.queryExtra, spec.stringQuery) : {}
          const qs = queryString(query)
          const body =
            method === "GET"
              ? undefined
              : mutate(spec.body?.(ctx) ?? {}, f.body, spec.writes ? ["fuzz_unknown_field", f.bodyExtra?.[1] ?? "x"] : f.bodyExtra)
          const fullUrl = `${url}${qs ? `?${qs}` : ""}`
          const res = await answered(fullUrl, { method, body, token: tokens[spec.actor] })
          // Node's HTTP parser refuses a request head over its limit (16 KiB) with a bare 431 before Medusa, or
          // any code of ours, reads it: nothing there can carry a message. Only a URL that long may get one.
          if (res.status === 431 && Buffer.byteLength(fullUrl) > OVERSIZED_URL_BYTES) return
          checkAnswer(res, () => `${method} ${short(fullUrl)} as ${spec.actor}${body ? `\nbody ${short(body)}` : ""}`)
          // A write without an id in its path must have been refused (its unknown field).
          if (spec.writes && res.status < 400) throw new Error(`${key} accepted a body with an unknown field: ${short(body)}`)
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true }
      )
    })
  }

  /*
   * KNOWN, NOT OURS: Medusa's locale middleware (applyLocale, registered on /store
   * before any project middleware can run) calls .split on `?locale[]=x` inside an
   * async middleware; Express 4 never sees the rejection and the request gets no
   * answer. No middleware of ours runs early enough to stop it. This test passes
   * while the hang exists and fails once Medusa fixes it: then remove it and the
   * stringQuery exemption of GET /store/bank-transfer above.
   */
  it.fails("KNOWN: a /store request with ?locale[]=x never gets an answer (Medusa's applyLocale)", async () => {
    const res = await answered("/store/bank-transfer?locale[]=en-US", { method: "GET" }, 3_000)
    expect(res.status).toBeLessThan(500)
  })
})

describe("the bad inputs of issue 14 are 4xx with a message", () => {
  let coordinator: Awaited<ReturnType<typeof demoCoordinator>>
  let outletToken: string
  let operator: string
  let variantId: string
  let category: string

  beforeAll(async () => {
    const outlet = await demoOutlet(0)
    ;[coordinator, operator, category] = await Promise.all([demoCoordinator(0), operatorToken(), categoryId()])
    outletToken = outlet.token
    variantId = [...outlet.catalog.values()][0].id
  })

  const refused = (res: ApiResponse, message: RegExp) => {
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(res.body.message).toMatch(message)
  }

  it("NUL in a product's subtitle or description", async () => {
    for (const field of ["subtitle", "description"]) {
      const body = productBody(coordinator.cohortId, category, { [field]: "Renyah\u0000gurih" })
      refused(await api("/coordinator/products", { token: coordinator.token, body }), /NUL/)
    }
  })

  it("NUL in a batch's variant_id, a carrier or a tracking number", async () => {
    const batch = { cohort_id: coordinator.cohortId, variant_id: "variant_\u0000", quantity: 1, batch_code: "NUL-1", production_date: "2026-11-01", contributions: [{ participant_id: "par_x", units: 1 }] }
    refused(await api("/coordinator/batches", { token: coordinator.token, body: batch }), /NUL/)
    for (const body of [{ carrier: "JNE\u0000" }, { tracking_number: "\u0000" }]) {
      refused(await api("/coordinator/orders/order_x/fulfillments/ful_x/ship", { token: coordinator.token, body }), /NUL/)
    }
  })

  it("NUL in GET /store/cohorts?q=", async () => {
    refused(await api("/store/cohorts?q=tempe%00"), /NUL/)
  })

  it("impossible dates in an outlet consignment report", async () => {
    for (const day of ["2026-13-45", "0000-00-00", "9999-99-99"]) {
      const body = { period_start: day, period_end: "2026-11-30", lines: [{ variant_id: variantId, quantity: 1 }] }
      refused(await api("/outlet/consignment-reports", { token: outletToken, body }), /period_start.*tidak valid: tulis tanggal yang ada/)
    }
  })

  it("offset=-1 and limit=-1 on the list routes", async () => {
    const lists: [string, string | undefined][] = [
      ["/store/cohorts?", undefined],
      ["/store/products?", undefined],
      [`/coordinator/products?cohort_id=${coordinator.cohortId}&`, coordinator.token],
      [`/coordinator/orders?cohort_id=${coordinator.cohortId}&`, coordinator.token],
      ["/outlet/orders?", outletToken],
      ["/admin/cohorts?", operator],
      ["/admin/listings?", operator],
      ["/admin/payouts?", operator],
      ["/admin/ledger/entries?", operator],
      ["/admin/unplaced-payments?", operator],
    ]
    for (const [list, token] of lists) {
      for (const bad of ["offset=-1", "limit=-1"]) {
        refused(await api(`${list}${bad}`, { token }), new RegExp(`${bad.split("=")[0]} harus bilangan bulat`))
      }
    }
  })

  it("an operator object in a store query: cohort_id[$ne]=x on /store/products", async () => {
    refused(await api("/store/products?cohort_id[$ne]=x"), /cohort_id\[\$ne\].*operator/)
  })
})
