"use server"

import { getLocale } from "next-intl/server"
import { refresh } from "next/cache"
import { z } from "zod"
import { backendLocale } from "@/i18n/locale"
import { redirect } from "@/i18n/navigation"
import type { OrderAccess } from "@karya-binaan/contract"
import type { CheckoutError, StepState } from "@/lib/types/checkout"
import type { CheckoutStep } from "@/lib/util/checkout-steps"
import { isPickup, PICKUP_DATA_KEY } from "@/lib/util/order-status"
import { parseAddress } from "@/lib/validation/address"
import { getCart } from "./cart"
import { listDeliveryOptions, listPaymentChoices } from "./checkout"
import { thrownCheckoutError, checkoutError } from "./checkout-errors"
import { authHeaders, removeCartId, setOrderAccess } from "./cookies"
import { listPickupOutlets, setCartPickupOutlet } from "./pickup-outlets"
import { sdk } from "./sdk"

// Every step saves to the Medusa cart and then redirects to the next step, so
// each is a plain form post that works without JavaScript; a refusal comes
// back as StepState and is shown next to its field.

const refused = (prev: StepState, error: CheckoutError, values?: Record<string, string>): StepState => ({
  error,
  values,
  attempt: prev.attempt + 1,
})

async function goTo(step: CheckoutStep): Promise<never> {
  return redirect({ href: { pathname: "/checkout", query: { step } }, locale: await getLocale() })
}

const emailSchema = z.email().max(254)

export async function saveContact(prev: StepState, form: FormData): Promise<StepState> {
  const raw = String(form.get("email") ?? "").trim()
  const email = emailSchema.safeParse(raw)
  if (!email.success) return refused(prev, { key: "email" }, { email: raw })
  try {
    const cart = await getCart()
    if (!cart) return refused(prev, { key: "cartGone" })
    // The order's emails go out in the language of this checkout: Medusa copies the cart's locale to the order.
    const language = backendLocale(await getLocale()) ?? null
    await sdk().store.cart.update(cart.id, { email: email.data, locale: language }, {}, await authHeaders())
  } catch (error) {
    return refused(prev, thrownCheckoutError(error), { email: raw })
  }
  return goTo("address")
}

export async function saveAddress(prev: StepState, form: FormData): Promise<StepState> {
  const values = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, String(v)]))
  const parsed = parseAddress(form)
  if (!parsed.ok) return { addressErrors: parsed.errors, values, attempt: prev.attempt + 1 }
  try {
    const cart = await getCart()
    if (!cart) return refused(prev, { key: "cartGone" })
    // The billing address is the same: bank transfer and pickup need no other.
    const address = parsed.address
    await sdk().store.cart.update(cart.id, { shipping_address: address, billing_address: address }, {}, await authHeaders())
  } catch (error) {
    return refused(prev, thrownCheckoutError(error), values)
  }
  return goTo("delivery")
}

export async function saveDelivery(prev: StepState, form: FormData): Promise<StepState> {
  const optionId = String(form.get("option_id") ?? "")
  try {
    const cart = await getCart()
    if (!cart) return refused(prev, { key: "cartGone" })
    const option = (await listDeliveryOptions(cart.id)).find((o) => o.id === optionId)
    if (!option) return refused(prev, { key: "option" })
    // A pickup names its outlet (kept on the cart, checked again when the order is placed); a delivery clears it.
    const outletId = String(form.get("pickup_outlet_id") ?? "")
    if (option.pickup && !(await listPickupOutlets()).some((o) => o.id === outletId)) {
      return refused(prev, { key: "pickupOutlet" }, { option_id: optionId })
    }
    const current = (cart.metadata as Record<string, unknown> | null)?.pickup_outlet_id ?? null
    const wanted = option.pickup ? outletId : null
    if (current !== wanted) await setCartPickupOutlet(cart.id, wanted)
    // The mark lets the order page say "pickup" instead of showing an address (manual fulfillment keeps data as given).
    const data = option.pickup ? { [PICKUP_DATA_KEY]: "pickup" } : undefined
    await sdk().store.cart.addShippingMethod(cart.id, { option_id: option.id, ...(data ? { data } : {}) }, {}, await authHeaders())
  } catch (error) {
    return refused(prev, thrownCheckoutError(error))
  }
  return goTo("payment")
}

export async function savePayment(prev: StepState, form: FormData): Promise<StepState> {
  const providerId = String(form.get("provider_id") ?? "")
  try {
    const cart = await getCart()
    if (!cart) return refused(prev, { key: "cartGone" })
    const choices = await listPaymentChoices(cart.region_id ?? "", isPickup(cart.shipping_methods?.[0]))
    if (!choices.some((c) => c.providerId === providerId)) return refused(prev, { key: "payment" })
    // Last step before review: any later cart change makes Medusa drop the session, and checkout asks again.
    await sdk().store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, await authHeaders())
  } catch (error) {
    return refused(prev, thrownCheckoutError(error))
  }
  return goTo("review")
}

/**
 * Places the order. On success the cart cookie goes (the cart is completed)
 * and the shopper lands on the confirmation page. A refusal, such as the race
 * guard's "Stok … habis", leaves the cart as it was and names the product.
 */
export async function placeOrder(prev: StepState, _form: FormData): Promise<StepState> {
  let orderId: string
  try {
    const cart = await getCart()
    if (!cart) return refused(prev, { key: "cartGone" })
    const result = await sdk().store.cart.complete(cart.id, {}, await authHeaders())
    if (result.type !== "order") return refused(prev, checkoutError({ status: 400, message: result.error?.message }))
    orderId = result.order.id
    // The backend adds a short-lived access token for the order: this browser alone may open its confirmation.
    const access = (result as { order_access?: OrderAccess }).order_access
    if (access) await setOrderAccess(orderId, access)
  } catch (error) {
    return refused(prev, thrownCheckoutError(error))
  }
  await removeCartId()
  // The header's cart count lives in the layout, which a redirect alone may keep.
  refresh()
  return redirect({ href: { pathname: "/orders/[id]/confirmed", params: { id: orderId } }, locale: await getLocale() })
}
