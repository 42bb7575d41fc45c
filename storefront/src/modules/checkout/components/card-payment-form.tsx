"use client"

import { CardElement, Elements, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe } from "@stripe/stripe-js"
import { useTranslations } from "next-intl"
import { startTransition, useActionState, useEffect, useMemo, useState, type FormEvent } from "react"
import { placeOrder } from "@/lib/data/checkout-actions"
import type { CheckoutError, StepState } from "@/lib/types/checkout"
import { cardOutcome } from "@/lib/util/payment-options"
import { StepError } from "./step-error"
import { SubmitButton } from "@/modules/common/components/submit-button"

type Props = {
  publishableKey: string
  /** The Stripe PaymentIntent's secret, from the cart's Stripe payment session. */
  clientSecret: string
  billingName: string
  email: string
}

/**
 * Card payment with Stripe Elements: the card is confirmed in the browser
 * (confirmCardPayment also runs a 3-D Secure check when the bank asks for one),
 * then the same placeOrder action as bank transfer completes the cart.
 */
export function CardPaymentForm({ publishableKey, ...props }: Props) {
  const stripe = useMemo(() => loadStripe(publishableKey), [publishableKey])
  const [loadFailed, setLoadFailed] = useState(false)
  useEffect(() => {
    stripe.then((s) => setLoadFailed(!s)).catch(() => setLoadFailed(true))
  }, [stripe])
  return (
    <Elements stripe={stripe}>
      <CardFields {...props} loadFailed={loadFailed} />
    </Elements>
  )
}

function CardFields({ clientSecret, billingName, email, loadFailed }: Omit<Props, "publishableKey"> & { loadFailed: boolean }) {
  const t = useTranslations("Checkout")
  const stripe = useStripe()
  const elements = useElements()
  const [state, dispatch, placing] = useActionState(placeOrder, { attempt: 0 } satisfies StepState)
  const [cardError, setCardError] = useState<CheckoutError>()
  const [confirming, setConfirming] = useState(false)

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const card = elements?.getElement(CardElement)
    if (!stripe || !card) return setCardError({ key: "cardUnavailable" })
    setCardError(undefined)
    setConfirming(true)
    const result = await stripe.confirmCardPayment(clientSecret, {
      payment_method: { card, billing_details: { name: billingName, email } },
    })
    setConfirming(false)
    const outcome = cardOutcome(result)
    if (!outcome.ok) {
      return setCardError(outcome.message ? { key: "card", values: { message: outcome.message } } : { key: "cardUnfinished" })
    }
    startTransition(() => dispatch(new FormData()))
  }

  return (
    <form onSubmit={pay} className="space-y-4">
      <div role="group" aria-labelledby="card-label" className="space-y-1">
        <p id="card-label" className="text-sm font-semibold">
          {t("cardLabel")}
        </p>
        <div className="rounded-md border-2 border-line bg-white px-3 py-3">
          <CardElement options={{ hidePostalCode: true }} />
        </div>
      </div>
      <StepError error={loadFailed ? { key: "cardUnavailable" } : (cardError ?? state.error)} />
      <SubmitButton pending={confirming || placing} pendingLabel={t("placing")}>{t("payAndOrder")}</SubmitButton>
    </form>
  )
}
