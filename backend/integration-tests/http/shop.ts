import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import { nativeRequire } from "./native"

/** The demo seed, run as `medusa exec` runs it (same module instances as the app). */
export async function seedDemoCatalog(container: MedusaContainer): Promise<void> {
  const seed = nativeRequire("../../src/scripts/seed").default
  await seed({ container, args: [] })
}

const OPERATOR = { email: "operator@karyabinaan.test", password: "binaan-demo-2026" }

const ok = { validateStatus: () => true }

/** The answer's data, or an error that shows what the server said. */
function must<T = any>(res: { status: number; data: T }, what: string): T {
  if (res.status >= 300) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.data)}`)
  return res.data
}

/** Store and admin calls against the app the runner started, as a storefront and an operator make them. */
export async function shop(api: AxiosInstance, container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({ entity: "api_key", fields: ["token"], filters: { type: "publishable", title: "Karya Binaan Storefront" } })
  const store = { headers: { "x-publishable-api-key": keys[0].token } }
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "idr" } })
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], pagination: { take: 1, skip: 0, order: { sku: "ASC" } } })
  const login = await api.post("/auth/user/emailpass", OPERATOR)
  const admin = { headers: { authorization: `Bearer ${login.data.token}` } }

  return {
    store,
    admin,
    /** A guest cart with one unit, regular delivery and a payment collection, ready for a payment session. */
    async cartReadyForPayment(email: string) {
      const created = must(await api.post(
        "/store/carts",
        {
          region_id: regions[0].id,
          email,
          shipping_address: {
            first_name: "Pembeli",
            last_name: "Kartu",
            address_1: "Jl. Contoh No. 1",
            city: "Palembang",
            province: "id-ss",
            postal_code: "30268",
            country_code: "id",
          },
        },
        { ...store, ...ok }
      ), "Creating a cart")
      const cartId: string = created.cart.id
      must(await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variants[0].id, quantity: 1 }, { ...store, ...ok }), "Adding a line")
      const options = must(await api.get(`/store/shipping-options?cart_id=${cartId}`, { ...store, ...ok }), "Listing shipping options")
      const regular = options.shipping_options.find((o: any) => o.type?.code === "reguler")
      must(await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: regular.id }, { ...store, ...ok }), "Adding delivery")
      const collection = must(await api.post("/store/payment-collections", { cart_id: cartId }, { ...store, ...ok }), "Payment collection")
      const cart = must(await api.get(`/store/carts/${cartId}?fields=id,total,currency_code`, { ...store, ...ok }), "Reading the cart")
      return { cartId, total: Number(cart.cart.total), collectionId: collection.payment_collection.id as string }
    },
    startStripeSession(collectionId: string) {
      return api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: "pp_stripe_stripe" }, { ...store, ...ok })
    },
    complete(cartId: string) {
      return api.post(`/store/carts/${cartId}/complete`, {}, { ...store, ...ok })
    },
    webhook(body: string, signature: string) {
      return api.post("/hooks/payment/stripe_stripe", body, {
        headers: { "content-type": "application/json", "stripe-signature": signature },
        ...ok,
      })
    },
    /** The cart's order (if any) with its payments and captures, straight from the modules. */
    async orderState(cartId: string) {
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      const { data: collections } = await query.graph({
        entity: "payment_collection",
        fields: ["id", "status", "payments.id", "payments.captured_at", "payments.amount", "payments.captures.id", "payments.captures.amount"],
        filters: { id: (await query.graph({ entity: "cart_payment_collection", fields: ["payment_collection_id"], filters: { cart_id: cartId } })).data.map((l: any) => l.payment_collection_id) },
      })
      const payments = collections.flatMap((c: any) => c.payments ?? [])
      return {
        orderIds: links.map((l: any) => l.order_id as string),
        collectionStatus: collections[0]?.status as string | undefined,
        payments,
        captures: payments.flatMap((p: any) => p.captures ?? []),
      }
    },
  }
}
