/**
 * The load benchmark of `npm run bench`: a marketplace on a generated catalog
 * (≥1,000 products over the six demo cohorts), warmed, then loaded on loopback
 * with autocannon, each load bounded in time; the baselines in the same run (a
 * static asset of the same Next.js server, GET /health, the same product list
 * on a plain Medusa); Lighthouse mobile on three pages. Prints one table and
 * writes it as JSON under <data>/bench/. BENCH_QUICK=1: shorter loads, fewer orders.
 */
import path from "node:path"
import pg from "pg"
import { DEMO_LOGINS } from "../../backend/src/scripts/seed-data/demo-logins"
import { PRODUCTS } from "../../backend/src/scripts/seed-data/catalog"
import { stackConfig } from "../stack/config"
import { freePort } from "../stack/free-port"
import { step, timed } from "../stack/log"
import { BACKEND_DIR, bin } from "../stack/paths"
import { run, type Service } from "../stack/processes"
import { startStack, type RunningStack } from "../stack/stack"
import { audit, type PageAudit } from "./lighthouse"
import { load, type Load, type LoadResult } from "./load-tool"
import { plainMedusa } from "./plain-medusa"
import { machineQuiet, type Quiet } from "./quiet"
import { machine, save, table, type Report, type Row } from "./report"
import { call, inParallel, prepareCart, type Backend } from "./store-calls"

const QUICK = !!process.env.BENCH_QUICK && process.env.BENCH_QUICK !== "0"
const SECONDS = QUICK ? 5 : 20
const ORDERS = QUICK ? 20 : 150
/** Lighthouse's score moves from run to run: its median of three, one in quick mode. */
const LIGHTHOUSE_RUNS = QUICK ? 1 : 3

async function seedBenchCatalog(env: NodeJS.ProcessEnv, logDir: string): Promise<void> {
  await timed("Seeding the bench catalog (only what is missing)", () =>
    run(bin("medusa", BACKEND_DIR), ["exec", "./integration-tests/bench/seed-bench-catalog.ts"], {
      cwd: BACKEND_DIR,
      env,
      logFile: path.join(logDir, "bench-seed.log"),
    })
  )
}

async function sql<T = any>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}

/**
 * Waits until every server answers a cheap request quickly again: a load that
 * ends leaves requests queued behind it (the storefront's renders call the
 * backend), and the next load must not be measured against that backlog.
 */
async function settle(urls: string[]): Promise<void> {
  const deadline = Date.now() + 90_000
  for (const url of urls) {
    while (Date.now() < deadline) {
      const t0 = Date.now()
      const ok = await fetch(url).then((r) => r.ok, () => false)
      if (ok && Date.now() - t0 < 250) break
      await new Promise((r) => setTimeout(r, 500))
    }
  }
}

let quietUrls: string[] = []

/** Loads one target after a short warm-up (first renders fill the caches), and names its baseline. */
async function measure(spec: Load, baseline?: { name: string; result: LoadResult }, note?: string): Promise<Row> {
  await settle(quietUrls)
  await load({ ...spec, seconds: 2, amount: undefined, connections: Math.min(spec.connections, 10) }).catch(() => undefined)
  await settle(quietUrls)
  const result = await load(spec)
  step(`${spec.name}: ${result.rps.toFixed(1)} req/s, p95 ${result.p95.toFixed(1)} ms, ${result.errors} errors`)
  // A baseline that answered nothing gives no ratio (Infinity, shown as n/a).
  return { ...result, note, ...(baseline ? { baseline: baseline.name, ratio: baseline.result.requests ? result.rps / baseline.result.rps : Infinity } : {}) }
}

/** `ORDERS` carts ready to complete (one line, regular delivery, bank transfer), prepared 4 at a time. */
function readyCarts(backend: Backend, regionId: string, variantId: string, prefix: string): Promise<string[]> {
  return timed(`Preparing ${ORDERS} carts for completion (${prefix})`, () =>
    inParallel(Array.from({ length: ORDERS }, (_, i) => i), 4, (i) => prepareCart(backend, regionId, variantId, `${prefix}-${i}@pembeli.test`, true))
  )
}

/** Completes each cart once, 10 at a time, once the servers settled. */
async function completeAll(name: string, backend: Backend, carts: string[]): Promise<LoadResult> {
  let next = 0
  await settle(quietUrls)
  return load({
    name,
    url: backend.url,
    connections: 10,
    seconds: SECONDS,
    amount: carts.length,
    method: "POST",
    headers: { "x-publishable-api-key": backend.publishableKey, "content-type": "application/json" },
    path: () => `/store/carts/${carts[next++ % carts.length]}/complete`,
  })
}

/**
 * The same completion on the plain Medusa, the baseline for ours: Medusa's own
 * complete-cart workflow, without our checkout hooks, stock claim, allocation
 * or caching. Counted by the orders it made (a refused completion answers 200 too).
 */
async function plainCheckout(stack: RunningStack, plainBackend: Backend, regionId: string, variantId: string): Promise<Row> {
  const carts = await readyCarts(plainBackend, regionId, variantId, `polos-${Date.now().toString(36)}`)
  const row = await completeAll("plain Medusa 2.21: cart completion (baseline)", plainBackend, carts)
  const [made] = await sql<{ orders: number }>(stack.databaseUrl, `select count(*)::int as orders from order_cart where cart_id = any($1) and deleted_at is null`, [carts])
  return { ...row, note: `${made!.orders} orders of ${carts.length} carts` }
}

/** Cart completion under load, then the operator's captures and the ledger's allocations. */
async function checkout(stack: RunningStack, backend: Backend, regionId: string, variantId: string) {
  const run = Date.now().toString(36)
  const carts = await readyCarts(backend, regionId, variantId, `beban-${run}`)
  const row = await completeAll("store API: cart completion", backend, carts)
  const orders = await sql<{ id: string }>(stack.databaseUrl, `select id from "order" where email like $1`, [`beban-${run}-%`])
  const operator = DEMO_LOGINS.find((l) => l.role === "operator")!
  const { token } = await call(backend, "/auth/user/emailpass", { body: { email: operator.email, password: operator.password } })
  const captured = await timed(`Capturing ${orders.length} orders`, () =>
    inParallel(orders, 4, async (o) => {
      const { order } = await call(backend, `/admin/orders/${o.id}?fields=id,*payment_collections.payments`, { token })
      await call(backend, `/admin/payments/${order.payment_collections[0].payments[0].id}/capture`, { token, body: {} })
      return true
    })
  )
  const ids = orders.map((o) => o.id)
  const deadline = Date.now() + 120_000
  let ledger = { allocated: 0, entries: 0 }
  while (Date.now() < deadline) {
    const [r] = await sql<{ allocated: number; entries: number }>(
      stack.databaseUrl,
      `select count(distinct order_id)::int as allocated, count(*)::int as entries from ledger_entry where order_id = any($1) and kind = 'allocation'`,
      [ids]
    )
    ledger = r!
    if (ledger.allocated >= ids.length) break
    await new Promise((r) => setTimeout(r, 1_000))
  }
  return { row, summary: { orders: orders.length, captured: captured.length, ...ledger } }
}

export async function loadBench(): Promise<boolean> {
  const config = stackConfig("bench")
  const host = machine()
  const stack = await startStack(config, { storefront: true, afterSeed: (env) => seedBenchCatalog(env, config.logDir) })
  let plain: Service | undefined
  try {
    const backend: Backend = { url: stack.backendUrl, publishableKey: stack.publishableKey }
    const [{ count }] = await sql<{ count: number }>(stack.databaseUrl, "select count(*)::int as count from product where deleted_at is null and status = 'published'")
    step(`Catalog: ${count} published products`)
    const { regions } = await call(backend, "/store/regions")
    const regionId = regions.find((r: { currency_code: string }) => r.currency_code === "idr").id
    const demo = PRODUCTS[0]!
    const { cohort } = await call(backend, `/store/cohorts/${demo.cohort}`)
    const { products } = await call(backend, `/store/products?handle=${demo.handle}-seri-0001&fields=variants.id`)
    const benchVariant = products[0].variants[0].id as string
    const home = await (await fetch(stack.storefrontUrl)).text()
    const asset = home.match(/\/_next\/static\/chunks\/[^"']+\.js/)?.[0]
    if (!asset) throw new Error("No static chunk found in the home page's HTML")

    const plainPort = await freePort()
    // Inside the backend's (ignored) build folder: the medusa CLI finds Medusa from its working directory.
    plain = plainMedusa(path.join(BACKEND_DIR, ".medusa", "plain-medusa"), plainPort, {
      ...process.env,
      DATABASE_URL: stack.databaseUrl,
      JWT_SECRET: "bench",
      COOKIE_SECRET: "bench",
    })
    plain.start()
    await timed(`Starting a plain Medusa 2.21 on port ${plainPort} (core modules, same database)`, () => plain!.waitFor(`http://localhost:${plainPort}/health`))

    quietUrls = [`${stack.backendUrl}/health`, `${stack.storefrontUrl}${asset}`, `http://localhost:${plainPort}/health`]
    const store = { "x-publishable-api-key": stack.publishableKey }
    const list = `/store/products?limit=12&region_id=${regionId}&fields=*variants.calculated_price`
    const page = (name: string, p: string): Load => ({ name, url: `${stack.storefrontUrl}${p}`, connections: 50, seconds: SECONDS })
    const api = (name: string, p: string, connections = 20, url = stack.backendUrl): Load => ({ name, url: `${url}${p}`, connections, seconds: SECONDS, headers: store })

    const rows: Row[] = []
    const failures: string[] = []
    const staticAsset = await measure(page("storefront: static asset (baseline)", asset))
    const ceilingPage = { name: "static asset", result: staticAsset }
    rows.push(staticAsset)
    for (const [name, p] of [
      ["storefront: home", "/"],
      ["storefront: category", "/kategori/pangan-olahan"],
      ["storefront: product", `/produk/${demo.handle}`],
      ["storefront: cohort", `/kohort/${demo.cohort}`],
    ] as const) {
      rows.push(await measure(page(name, p), ceilingPage))
    }
    const health = await measure(api("backend: GET /health (baseline)", "/health"))
    rows.push(health)
    const plainList = await measure(api("plain Medusa 2.21: store product list (baseline)", list, 20, `http://localhost:${plainPort}`))
    rows.push(plainList)
    rows.push(await measure(api("store API: product list", list), { name: "plain Medusa's list", result: plainList }, plainList.requests ? `plain Medusa p95 ${plainList.p95.toFixed(1)} ms` : undefined))
    rows.push(await measure(api("store API: product by handle", `/store/products?handle=${demo.handle}&region_id=${regionId}&fields=*variants.calculated_price`), { name: "/health", result: health }))
    rows.push(await measure(api("store API: cohort page data", `/store/cohorts/${demo.cohort}`), { name: "/health", result: health }))
    rows.push(
      await measure(api("store API: cohort's products", `/store/products?cohort_id=${cohort.id}&limit=12&region_id=${regionId}&fields=*variants.calculated_price`), {
        name: "/health",
        result: health,
      })
    )

    const addCarts = await inParallel(Array.from({ length: 20 }, (_, i) => i), 4, (i) => prepareCart(backend, regionId, benchVariant, `keranjang-${i}@pembeli.test`, false))
    let nextCart = 0
    await settle(quietUrls)
    const addToCart = await load({
      name: "store API: add to cart",
      url: stack.backendUrl,
      connections: 10,
      seconds: SECONDS,
      method: "POST",
      headers: { ...store, "content-type": "application/json" },
      path: () => `/store/carts/${addCarts[nextCart++ % addCarts.length]}/line-items`,
      body: () => JSON.stringify({ variant_id: benchVariant, quantity: 1 }),
    })
    rows.push({ ...addToCart, baseline: "/health", ratio: addToCart.rps / health.rps })
    // A failure here is reported in the table: the figures measured so far still count.
    const plainBackend: Backend = { url: `http://localhost:${plainPort}`, publishableKey: stack.publishableKey }
    const plainCompletion = await plainCheckout(stack, plainBackend, regionId, benchVariant).catch((error: Error) => {
      failures.push(`plain Medusa's cart completion: ${error.message}`)
      return undefined
    })
    if (plainCompletion) rows.push(plainCompletion)
    const completion = await checkout(stack, backend, regionId, benchVariant).catch((error: Error) => {
      failures.push(`cart completion: ${error.message}`)
      return undefined
    })
    if (completion) {
      const summary = `${completion.summary.orders} orders, ${completion.summary.captured} captured, ${completion.summary.allocated} allocated, ${completion.summary.entries} ledger entries`
      rows.push({
        ...completion.row,
        ...(plainCompletion?.requests
          ? { baseline: "plain Medusa's completion", ratio: completion.row.rps / plainCompletion.rps, note: `${summary}; plain Medusa p95 ${plainCompletion.p95.toFixed(0)} ms` }
          : { baseline: "/health", ratio: completion.row.rps / health.rps, note: summary }),
      })
    }

    await plain.stop()
    quietUrls = quietUrls.slice(0, 2)
    await settle(quietUrls)
    const lighthouse: PageAudit[] = []
    let quiet: Quiet | undefined
    for (const [name, p] of [
      ["home", "/"],
      ["category", "/kategori/pangan-olahan"],
      ["product", `/produk/${demo.handle}`],
      // The cohort page draws its impact charts (Impact's charts are the same code).
      ["cohort", `/kohort/${demo.cohort}`],
    ] as const) {
      const url = `${stack.storefrontUrl}${p}`
      // The page a visitor gets: from the page cache, which the completions'
      // stock changes emptied, and on a machine that finished their work.
      await fetch(url).then((r) => r.arrayBuffer())
      const calm = await timed(`Waiting for the machine to go quiet before auditing ${name}`, () => machineQuiet())
      if (calm.waitedMs > (quiet?.waitedMs ?? -1)) quiet = calm
      const page = await timed(`Lighthouse (mobile) on ${name}`, () => audit(name, url, LIGHTHOUSE_RUNS)).catch((error: Error) => {
        failures.push(`Lighthouse on ${name}: ${error.message}`)
        return undefined
      })
      if (page) lighthouse.push(page)
    }

    const report: Report = {
      date: new Date().toISOString(),
      machine: host,
      quick: QUICK,
      caching: process.env.MEDUSA_FF_CACHING !== "false",
      rows,
      lighthouse,
      quiet,
      checkout: completion?.summary,
      failures,
    }
    const file = save(path.join(config.dataDir), report)
    process.stdout.write(`\n${table(report)}\n\n`)
    step(`Written to ${file}`)
    return failures.length === 0
  } finally {
    await plain?.stop()
    await stack.stop()
  }
}
