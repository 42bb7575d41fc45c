import { DEMO_LOGINS } from "../../../backend/src/scripts/seed-data/demo-logins"
import { OUTLETS } from "../../../backend/src/scripts/seed-data/outlets"
import { operatorToken } from "./actors"
import { api } from "./api"

export type CatalogVariant = { id: string; sku: string; price: number; product_id: string; product_title: string; case_pack_units: number }

export type DemoOutlet = {
  handle: string
  token: string
  id: string
  salesChannelId: string
  customerGroupId: string
  priceListId: string
  minimumOrderValue: number
  termsDays: number
  /** The outlet's catalog by SKU, at its wholesale prices. */
  catalog: Map<string, CatalogVariant>
}

/** A bearer token for an outlet buyer (a Medusa customer: POST /auth/customer/emailpass). */
export async function customerLogin(email: string, password: string): Promise<string> {
  const res = await api<{ token: string }>("/auth/customer/emailpass", { body: { email, password } })
  if (res.status !== 200) throw new Error(`Customer login failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

/** The n-th seeded partner outlet's buyer, logged in, with the outlet's Medusa records and catalog. */
export async function demoOutlet(index: number): Promise<DemoOutlet> {
  const seed = OUTLETS[index]
  const login = DEMO_LOGINS.find((l) => l.role === "outlet buyer" && l.outletHandle === seed?.handle)
  if (!seed || !login) throw new Error(`The seed has no demo outlet #${index}`)
  const token = await customerLogin(login.email, login.password)
  const admin = await api("/admin/outlets", { token: await operatorToken() })
  const outlet = admin.body.outlets.find((o: { handle: string }) => o.handle === seed.handle)
  const catalog = await api("/outlet/catalog", { token })
  if (catalog.status !== 200) throw new Error(`GET /outlet/catalog failed: ${catalog.status} ${JSON.stringify(catalog.body)}`)
  const variants = new Map<string, CatalogVariant>()
  for (const p of catalog.body.products) {
    for (const v of p.variants) variants.set(v.sku, { id: v.id, sku: v.sku, price: v.price, product_id: p.id, product_title: p.title, case_pack_units: p.case_pack_units })
  }
  return {
    handle: seed.handle,
    token,
    id: outlet.id,
    salesChannelId: outlet.sales_channel.id,
    customerGroupId: outlet.customer_group.id,
    priceListId: outlet.price_list.id,
    minimumOrderValue: outlet.minimum_order_value,
    termsDays: outlet.payment_terms_days,
    catalog: variants,
  }
}

/** Places an order for the outlet through POST /outlet/orders: `cartons` per SKU. */
export async function placeOutletOrder(outlet: DemoOutlet, cartons: Record<string, number>, extra: Record<string, unknown> = {}) {
  const items = Object.entries(cartons).map(([sku, n]) => {
    const v = outlet.catalog.get(sku)
    if (!v) throw new Error(`${sku} is not in ${outlet.handle}'s catalog`)
    return { variant_id: v.id, quantity: n * v.case_pack_units }
  })
  return api("/outlet/orders", { token: outlet.token, body: { items, po_number: `PO-${Date.now()}`, delivery: "delivery", ...extra } })
}
