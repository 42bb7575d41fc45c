/** The one-page checkout's steps, in the order a shopper fills them. */
export const CHECKOUT_STEPS = ["contact", "address", "delivery", "payment", "review"] as const

export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

/** The parts of a Medusa cart that tell how far checkout has come. */
export type CheckoutProgress = {
  email?: string | null
  shipping_address?: { address_1?: string | null } | null
  shipping_methods?: readonly unknown[] | null
  payment_collection?: { payment_sessions?: readonly { provider_id: string }[] | null } | null
}

/** Which steps the cart already holds the answer to (review never is: it is where the order is placed). */
export function doneSteps(cart: CheckoutProgress): Set<CheckoutStep> {
  const done = new Set<CheckoutStep>()
  if (cart.email) done.add("contact")
  if (cart.shipping_address?.address_1) done.add("address")
  if (cart.shipping_methods?.length) done.add("delivery")
  if (cart.payment_collection?.payment_sessions?.length) done.add("payment")
  return done
}

/**
 * The step to show: the one asked for (?step=) when every step before it is
 * done, else the first one still open. A change earlier in checkout can undo
 * a later step (Medusa drops the payment session when the total changes), so
 * the cart, not the address bar, has the last word.
 */
export function currentStep(cart: CheckoutProgress, requested: string | undefined): CheckoutStep {
  const done = doneSteps(cart)
  const firstOpen = CHECKOUT_STEPS.find((step) => step !== "review" && !done.has(step)) ?? "review"
  const asked = CHECKOUT_STEPS.find((step) => step === requested)
  if (asked && CHECKOUT_STEPS.indexOf(asked) <= CHECKOUT_STEPS.indexOf(firstOpen)) return asked
  return firstOpen
}
