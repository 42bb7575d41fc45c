/**
 * npm run soak [-- --minutes N] [-- --backend-url=http://localhost:9000] [-- --database-url=…]
 *
 * A bounded mixed load on a running marketplace (loopback only: it places and
 * cancels real orders): shoppers browse, leave carts, check out; the operator
 * captures, refunds part of a payment and cancels unpaid orders; coordinators
 * record batches; an outlet orders by the carton. At the end it checks, from
 * the database: every variant it touched has the stock it started with plus
 * batches minus sales plus returns (cancellations); every order it captured is
 * allocated once (one capture as the ledger's source for every allocated
 * line); `ledger:verify` is green. Prints a summary; exits 1 when a check
 * fails or any request answered 5xx. Default 1 minute, at most 60.
 * The actors are the demo logins; the shop calls go through the HTTP suites'
 * helpers (test/http/helpers), pointed at the given backend.
 */
import { spawn } from "node:child_process"
import pg from "pg"
import { publishableKey } from "./stack/backend"
import { devDatabase, option, redact } from "./stack/dev-database"
import { ROOT } from "./stack/paths"
import { operatorToken, unique } from "../test/http/helpers/actors"
import { api } from "../test/http/helpers/api"
import { addLine, createCart } from "../test/http/helpers/checkout"
import { variantOf } from "../test/http/helpers/customers"
import { coordinatorOf } from "../test/http/helpers/coordinators"
import { demoOutlet, placeOutletOrder } from "../test/http/helpers/outlets"
import { foodBatch, recordBatch } from "../test/http/helpers/production"
import { orderPayment, placeBankTransferOrder } from "../test/http/helpers/revenue-share"
import { PRODUCTS } from "../backend/src/scripts/seed-data/catalog"
import { runScript } from "./stack/log"

const minutes = Math.min(60, Math.max(0.1, Number(option("minutes") ?? process.argv[process.argv.indexOf("--minutes") + 1] ?? 1) || 1))
const backendUrl = option("backend-url") || `http://localhost:${process.env.BACKEND_PORT || 9000}`
// Product indexes of the seed: food from two cohorts (batches for these), and what the outlet orders by the carton.
const SHOP_PRODUCTS = [1, 2, 8]
const OUTLET_CARTONS = { "KB-TMP-CHP-ORI-100": 1, "KB-TMP-KRU-250": 2, "KB-ECG-KPS-NAT": 1 }

type Order = { id: string; lines: { variantId: string; quantity: number }[]; captured: boolean; done: boolean }

function loopbackOnly(url: string) {
  const host = new URL(url).hostname
  if (!["localhost", "127.0.0.1", "[::1]", "::1"].includes(host)) throw new Error(`soak runs against this machine only (localhost), not ${host}`)
}

async function main(): Promise<number> {
  loopbackOnly(backendUrl)
  const db = await devDatabase()
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  try {
    process.env.BACKEND_URL = backendUrl
    process.env.PUBLISHABLE_KEY = await publishableKey(db.url)
    // The HTTP suites' helpers call the marketplace these name.

    const health = await fetch(`${backendUrl}/health`).catch(() => null)
    if (health?.status !== 200) throw new Error(`no marketplace answers at ${backendUrl}: start it ("npm start"), or pass --backend-url=`)
    const operator = await operatorToken()
    const outlet = await demoOutlet(1)
    const shop = await Promise.all(SHOP_PRODUCTS.map(async (i) => ({ index: i, variantId: await variantOf(i), cohort: PRODUCTS[i].cohort })))
    const outletLines = Object.entries(OUTLET_CARTONS).map(([sku, cartons]) => ({ variantId: outlet.catalog.get(sku)!.id, units: cartons * outlet.catalog.get(sku)!.case_pack_units }))
    const tracked = [...new Set([...shop.map((s) => s.variantId), ...outletLines.map((l) => l.variantId)])]

    // Sellable units of a variant over every location: stocked minus reserved.
    const available = async () => {
      const { rows } = await client.query(
        `select pvi.variant_id, coalesce(sum(il.stocked_quantity - il.reserved_quantity), 0)::int as units
           from product_variant_inventory_item pvi
           join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
          where pvi.variant_id = any($1) and pvi.deleted_at is null group by 1`,
        [tracked]
      )
      return new Map<string, number>(rows.map((r) => [r.variant_id, r.units]))
    }
    const start = await available()
    const expected = new Map(tracked.map((v) => [v, 0]))
    const add = (variantId: string, units: number) => expected.set(variantId, expected.get(variantId)! + units)
    const counts: Record<string, number> = {}
    const errors: string[] = []
    const count = (what: string) => (counts[what] = (counts[what] ?? 0) + 1)
    const orders: Order[] = []
    const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]
    const coordinators = new Map<string, Awaited<ReturnType<typeof coordinatorOf>>>()

    const actions: [number, string, () => Promise<void>][] = [
      [6, "browse", async () => {
        const list = await api(`/store/products?limit=12&fields=id,handle,title`)
        if (list.status >= 500) throw new Error(`browse ${list.status}`)
        const handle = pick(list.body.products as { handle: string }[])?.handle
        if (handle && (await api(`/store/products?handle=${handle}`)).status >= 500) throw new Error("product page 5xx")
      }],
      [2, "cart left behind", async () => {
        const cartId = await createCart(`${unique("soak")}@pembeli.test`)
        const added = await addLine(cartId, pick(shop).variantId, 1)
        if (added.status >= 500) throw new Error(`add line ${added.status}`)
      }],
      [4, "checkout", async () => {
        const line = { variantId: pick(shop).variantId, quantity: 1 + Math.floor(Math.random() * 2) }
        const order = await placeBankTransferOrder([line]).catch((e: Error) => {
          if (/: 5\d\d /.test(e.message)) throw e
          count("checkout refused (4xx)")
          return null
        })
        if (!order) return
        add(line.variantId, -line.quantity)
        orders.push({ id: order.id, lines: [line], captured: false, done: false })
      }],
      [3, "capture", async () => {
        const order = pick(orders.filter((o) => !o.captured && !o.done))
        if (!order) return
        order.done = true
        const payment = await orderPayment(order.id)
        const res = await api(`/admin/payments/${payment.id}/capture`, { token: operator, body: {} })
        if (res.status !== 200) throw new Error(`capture ${res.status} ${JSON.stringify(res.body)}`)
        order.captured = true
      }],
      [1, "refund (part)", async () => {
        const order = pick(orders.filter((o) => o.captured))
        if (!order) return
        const payment = await orderPayment(order.id)
        const res = await api(`/admin/payments/${payment.id}/refund`, { token: operator, body: { amount: Math.max(1, Math.floor(payment.amount / 10)) } })
        if (res.status >= 500) throw new Error(`refund ${res.status} ${JSON.stringify(res.body)}`)
      }],
      [1, "cancel unpaid", async () => {
        const order = pick(orders.filter((o) => !o.captured && !o.done))
        if (!order) return
        order.done = true
        const res = await api(`/admin/orders/${order.id}/cancel`, { token: operator, body: {} })
        if (res.status !== 200) throw new Error(`cancel ${res.status} ${JSON.stringify(res.body)}`)
        for (const l of order.lines) add(l.variantId, l.quantity)
      }],
      [1, "coordinator batch", async () => {
        const product = pick(shop)
        const coordinator = coordinators.get(product.cohort) ?? (await coordinatorOf(product.cohort))
        coordinators.set(product.cohort, coordinator)
        const res = await recordBatch(coordinator, await foodBatch(coordinator, product.variantId, 5, 180))
        if (res.status !== 201) throw new Error(`batch ${res.status} ${JSON.stringify(res.body)}`)
        add(product.variantId, 5)
      }],
      [1, "outlet order", async () => {
        const res = await placeOutletOrder(outlet, OUTLET_CARTONS)
        if (res.status >= 500) throw new Error(`outlet order ${res.status} ${JSON.stringify(res.body)}`)
        if (res.status >= 400) return void count("outlet order refused (4xx)")
        for (const l of outletLines) add(l.variantId, -l.units)
      }],
    ]
    const weights = actions.reduce((a, [w]) => a + w, 0)
    const deadline = Date.now() + minutes * 60_000
    // Three actors at a time: enough to overlap requests, little enough for a shared 2-core machine.
    await Promise.all(
      [0, 1, 2].map(async () => {
        while (Date.now() < deadline) {
          let roll = Math.random() * weights
          const [, name, act] = actions.find(([w]) => (roll -= w) < 0)!
          try {
            await act()
            count(name)
          } catch (e) {
            errors.push(`${name}: ${(e as Error).message.slice(0, 300)}`)
          }
        }
      })
    )

    // Subscribers (allocation, FEFO draws) run after the requests that fired them: let them finish.
    const captured = orders.filter((o) => o.captured).map((o) => o.id)
    const allocation = async () =>
      (
        await client.query(
          `select o.id, count(distinct le.source_id)::int as sources, count(le.id)::int as entries
             from "order" o left join ledger_entry le on le.order_id = o.id and le.kind = 'allocation' and le.deleted_at is null
            where o.id = any($1) group by o.id`,
          [captured]
        )
      ).rows as { id: string; sources: number; entries: number }[]
    let rows = await allocation()
    for (let i = 0; i < 60 && rows.some((r) => r.sources !== 1); i++) {
      await new Promise((r) => setTimeout(r, 500))
      rows = await allocation()
    }
    const problems: string[] = []
    for (const r of rows) if (r.sources !== 1) problems.push(`order ${r.id}: allocated from ${r.sources} captures (${r.entries} entries), expected exactly 1`)
    const end = await available()
    for (const v of tracked) {
      const want = start.get(v)! + expected.get(v)!
      if (end.get(v) !== want) problems.push(`variant ${v}: ${end.get(v)} units sellable, expected ${want} (started ${start.get(v)}, batches − sales + returns ${expected.get(v)})`)
    }
    const verify = await new Promise<{ status: number | null; output: string }>((resolve) => {
      const child = spawn("npm", ["run", "--silent", "ledger:verify", "--", `--database-url=${db.url}`], { cwd: ROOT })
      let output = ""
      child.stdout.on("data", (d) => (output += d))
      child.stderr.on("data", (d) => (output += d))
      child.on("close", (status) => resolve({ status, output }))
    })
    if (verify.status !== 0) problems.push(`ledger:verify failed:\n${verify.output.trim()}`)

    console.log(`soak: ${minutes} min against ${backendUrl} (${redact(db.url)})`)
    console.log(`  actions: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ")}`)
    console.log(`  ${orders.length} orders placed, ${captured.length} captured, each allocated once: ${rows.every((r) => r.sources === 1) ? "yes" : "NO"}`)
    console.log(`  stock of ${tracked.length} variants = start + batches − sales + returns: ${problems.some((p) => p.startsWith("variant")) ? "NO" : "yes"}`)
    console.log(`  ledger:verify: ${verify.status === 0 ? "OK" : "FAILED"}`)
    for (const e of errors) console.log(`  request failed: ${e}`)
    for (const p of problems) console.log(`  PROBLEM ${p}`)
    const ok = !problems.length && !errors.length
    console.log(ok ? "soak OK" : "soak FAILED")
    return ok ? 0 : 1
  } finally {
    await client.end()
    await db.stop()
  }
}

runScript("soak", main)
