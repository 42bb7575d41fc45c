import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { api } from "./api"
import { addLine, createCart, placeCartOrder } from "./checkout"
import { waitForEmails } from "./outbox"

export type TestCustomer = { email: string; password: string; token: string; id: string }

/**
 * A client address of its own (the backend trusts one proxy hop, so this is
 * the caller's address): the sign-in and registration brakes count per
 * address, and a suite must not spend the loopback's share for the others.
 */
export const randomClientIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`
export const fromClient = (ip = randomClientIp()) => ({ "x-forwarded-for": ip })

/** The token in the registration link emailed to this address (the latest one). */
export async function registrationToken(email: string): Promise<string> {
  const mails = await waitForEmails(email, "registration-confirm")
  const link = mails.at(-1)?.text.match(/https?:\/\/\S+/)?.[0]
  if (!link) throw new Error(`No registration link was emailed to ${email}`)
  return new URL(link).searchParams.get("token")!
}

/**
 * A registered customer, made the way the storefront makes one: the
 * registration request, the emailed link confirmed with the password, a fresh login.
 */
export async function registerCustomer(email: string, password = "kata-sandi-uji", firstName = "Pelanggan"): Promise<TestCustomer> {
  const headers = fromClient()
  const requested = await api("/store/registrations", { body: { email, first_name: firstName }, headers })
  if (requested.status !== 202) throw new Error(`Registering failed: ${requested.status} ${JSON.stringify(requested.body)}`)
  const confirmed = await api("/store/registrations/confirm", { body: { token: await registrationToken(email), password }, headers })
  if (confirmed.status !== 201) throw new Error(`Confirming the registration failed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`)
  const login = await api<{ token: string }>("/auth/customer/emailpass", { body: { email, password }, headers })
  if (login.status !== 200) throw new Error(`Logging in failed: ${login.status} ${JSON.stringify(login.body)}`)
  return { email, password, token: login.body.token, id: confirmed.body.customer.id }
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
