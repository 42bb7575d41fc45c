import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { api } from "./api"
import { addLine, createCart, placeCartOrder } from "./checkout"

export type TestCustomer = { email: string; password: string; token: string; id: string }

/** A registered customer, made the way the storefront makes one: auth identity, customer, fresh login. */
export async function registerCustomer(email: string, password = "kata-sandi-uji", firstName = "Pelanggan"): Promise<TestCustomer> {
  const registration = await api<{ token: string }>("/auth/customer/emailpass/register", { body: { email, password } })
  if (registration.status !== 200) throw new Error(`Registering failed: ${registration.status} ${JSON.stringify(registration.body)}`)
  const created = await api("/store/customers", { token: registration.body.token, body: { email, first_name: firstName } })
  if (created.status !== 200) throw new Error(`Creating the customer failed: ${created.status} ${JSON.stringify(created.body)}`)
  const login = await api<{ token: string }>("/auth/customer/emailpass", { body: { email, password } })
  return { email, password, token: login.body.token, id: created.body.customer.id }
}

/** The first variant of a seeded product, by catalog position (suites take different ones). */
export async function variantOf(productIndex: number): Promise<string> {
  const seed = PRODUCTS[productIndex]
  if (!seed) throw new Error(`The seed has no product #${productIndex}`)
  const res = await api(`/store/products?handle=${seed.handle}&fields=variants.id,variants.sku`)
  return res.body.products[0].variants.find((v: { sku: string }) => v.sku === seed.variants[0].sku).id
}

/**
 * An order placed through the store API with bank transfer: by a guest, or,
 * with a token, by that customer (the cart is theirs before it is priced).
 */
export async function placeOrder(email: string, variantId: string, token?: string): Promise<{ id: string; display_id: number }> {
  const cartId = await createCart(email)
  if (token) {
    const owned = await api(`/store/carts/${cartId}/customer`, { method: "POST", token })
    if (owned.status !== 200) throw new Error(`Transferring the cart failed: ${owned.status} ${JSON.stringify(owned.body)}`)
  }
  const line = await addLine(cartId, variantId, 1)
  if (line.status !== 200) throw new Error(`Adding a line failed: ${line.status} ${JSON.stringify(line.body)}`)
  return placeCartOrder(cartId)
}
