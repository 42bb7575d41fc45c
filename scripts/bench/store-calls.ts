/** Plain JSON calls the bench makes to prepare its loads (carts, captures), failing loudly. */
export type Backend = { url: string; publishableKey: string }

export async function call<T = any>(backend: Backend, path: string, options: { body?: unknown; token?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { "x-publishable-api-key": backend.publishableKey }
  if (options.body !== undefined) headers["content-type"] = "application/json"
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const res = await fetch(`${backend.url}${path}`, {
    method: options.body === undefined ? "GET" : "POST",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await res.text()
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${text.slice(0, 300)}`)
  return (text ? JSON.parse(text) : undefined) as T
}

/** Runs `work` over `items`, `width` at a time. */
export async function inParallel<T, R>(items: T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        results[i] = await work(items[i]!, i)
      }
    })
  )
  return results
}

const ADDRESS = {
  first_name: "Pembeli",
  last_name: "Beban",
  address_1: "Jl. Kapten Robani Kadir No. 1, Plaju",
  city: "Palembang",
  province: "id-ss",
  postal_code: "30268",
  country_code: "id",
  phone: "+628110000000",
}

/** A cart with one line; with `ready`, also regular delivery and a bank-transfer session, so it can be completed. */
export async function prepareCart(backend: Backend, regionId: string, variantId: string, email: string, ready: boolean): Promise<string> {
  const { cart } = await call(backend, "/store/carts", { body: { region_id: regionId, email, shipping_address: ADDRESS } })
  await call(backend, `/store/carts/${cart.id}/line-items`, { body: { variant_id: variantId, quantity: 1 } })
  if (!ready) return cart.id
  const { shipping_options } = await call(backend, `/store/shipping-options?cart_id=${cart.id}`)
  const regular = shipping_options.find((o: { type?: { code: string } }) => o.type?.code === "reguler")
  await call(backend, `/store/carts/${cart.id}/shipping-methods`, { body: { option_id: regular.id } })
  const { payment_collection } = await call(backend, "/store/payment-collections", { body: { cart_id: cart.id } })
  await call(backend, `/store/payment-collections/${payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_system_default" } })
  return cart.id
}
