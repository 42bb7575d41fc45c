import { readFileSync } from "node:fs"
import { Queue } from "bullmq"
import { PALEMBANG_ADDRESS } from "../http/helpers/checkout"
import { DEMO_LOGINS } from "../../backend/src/scripts/seed-data/demo-logins"

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run this suite through "npm test -- scale-out"`)
  return value
}

/** The two backend servers `npm test` started (MEDUSA_WORKER_MODE=server). */
export const SERVERS = required("SCALE_OUT_SERVER_URLS").split(",")

/** JSON in and out against one server, never throwing on 4xx/5xx. */
export async function call(server: string, path: string, options: { body?: unknown; token?: string } = {}) {
  const headers: Record<string, string> = {}
  if (options.body !== undefined) headers["content-type"] = "application/json"
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (path.startsWith("/store")) headers["x-publishable-api-key"] = required("PUBLISHABLE_KEY")
  const res = await fetch(`${server}${path}`, {
    method: options.body === undefined ? "GET" : "POST",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : undefined }
}

async function ok(server: string, path: string, options: { body?: unknown; token?: string } = {}) {
  const res = await call(server, path, options)
  if (res.status >= 300) throw new Error(`${path} on ${server}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** A shopper's whole checkout on one server: cart, line, regular delivery, bank transfer, order. */
export async function placeOrderVia(server: string, email: string, variantId: string, quantity: number): Promise<string> {
  const regions = await ok(server, "/store/regions")
  const region = regions.regions.find((r: { currency_code: string }) => r.currency_code === "idr")
  const { cart } = await ok(server, "/store/carts", { body: { region_id: region.id, email, shipping_address: PALEMBANG_ADDRESS } })
  await ok(server, `/store/carts/${cart.id}/line-items`, { body: { variant_id: variantId, quantity } })
  const { shipping_options } = await ok(server, `/store/shipping-options?cart_id=${cart.id}`)
  const regular = shipping_options.find((o: { type?: { code: string } }) => o.type?.code === "reguler")
  await ok(server, `/store/carts/${cart.id}/shipping-methods`, { body: { option_id: regular.id } })
  const { payment_collection } = await ok(server, "/store/payment-collections", { body: { cart_id: cart.id } })
  await ok(server, `/store/payment-collections/${payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_system_default" } })
  const done = await ok(server, `/store/carts/${cart.id}/complete`, { body: {} })
  if (done.type !== "order") throw new Error(`Completing the cart on ${server} failed: ${JSON.stringify(done)}`)
  return done.order.id
}

export async function operatorToken(server: string): Promise<string> {
  const operator = DEMO_LOGINS.find((l) => l.role === "operator")!
  return (await ok(server, "/auth/user/emailpass", { body: { email: operator.email, password: operator.password } })).token
}

/** The operator captures the order's bank transfer on one server (POST /admin/payments/:id/capture). */
export async function captureVia(server: string, token: string, orderId: string): Promise<void> {
  const { order } = await ok(server, `/admin/orders/${orderId}?fields=id,*payment_collections.payments`, { token })
  await ok(server, `/admin/payments/${order.payment_collections[0].payments[0].id}/capture`, { token, body: {} })
}

/** Store variant ids by SKU, read once through a server. */
export async function variantIdBySku(server: string, handle: string, sku: string): Promise<string> {
  const { products } = await ok(server, `/store/products?handle=${handle}&fields=variants.id,variants.sku`)
  return products[0].variants.find((v: { sku: string }) => v.sku === sku).id
}

/** How often a line appears in one process's log (server-a, server-b, worker). */
export function logCount(name: string, text: string): number {
  const files = JSON.parse(required("SCALE_OUT_LOGS")) as Record<string, string>
  return readFileSync(files[name]!, "utf8").split(text).length - 1
}

/** Names of the processes `npm test` started, as their logs are keyed. */
export const PROCESSES = ["server-a", "server-b", "worker"]

/**
 * Makes a scheduled job's next run due now: its repeat is a delayed job in the
 * workflow engine's job queue (Redis), which only workers consume. Returns the
 * promoted job's id.
 */
export async function runScheduledJobNow(jobName: string): Promise<string> {
  const url = new URL(required("SCALE_OUT_REDIS_URL"))
  const queue = new Queue("medusa-workflows-jobs", {
    connection: { host: url.hostname, port: Number(url.port || 6379), db: Number(url.pathname.slice(1) || 0), password: url.password || undefined },
  })
  try {
    const delayed = await queue.getDelayed()
    const job = delayed.find((j) => String(j.data?.jobId).includes(jobName))
    if (!job) throw new Error(`No scheduled run of ${jobName} is waiting: ${delayed.map((j) => JSON.stringify(j.data)).join(", ")}`)
    await job.promote()
    return job.id!
  } finally {
    await queue.close()
  }
}
