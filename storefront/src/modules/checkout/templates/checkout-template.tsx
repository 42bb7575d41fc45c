import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import type { DeliveryOption } from "@/lib/types/checkout"
import { CHECKOUT_STEPS, type CheckoutStep } from "@/lib/util/checkout-steps"
import { formatRupiah } from "@/lib/util/money"
import { isGatewayProvider } from "@/lib/util/gateway-methods"
import { PAY_AT_OUTLET_HOLD_DAYS, PAY_AT_OUTLET_PROVIDER } from "@/lib/util/pay-at-outlet"
import { CARD_PROVIDER, paymentKind, type PaymentOption } from "@/lib/util/payment-options"
import type { StorePickupOutlet } from "@karya-binaan/contract"
import { PickupOutletCard } from "@/modules/pickup/pickup-outlet-card"
import { provinceLabel, provinceOf } from "@/lib/util/provinces"
import type { AddressInput } from "@/lib/validation/address"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { AddressForm } from "../components/address-form"
import { CardPaymentForm } from "../components/card-payment-form"
import { ContactForm } from "../components/contact-form"
import { DeliveryForm } from "../components/delivery-form"
import { PaymentForm } from "../components/payment-form"
import { PlaceOrderForm } from "../components/place-order-form"
import { useMethodLabel } from "@/modules/payment/components/method-name"
import { GoToPayLink } from "@/modules/payment/components/go-to-pay-link"

type Props = {
  cart: HttpTypes.StoreCart
  step: CheckoutStep
  done: Set<CheckoutStep>
  deliveryOptions: DeliveryOption[]
  paymentOptions: PaymentOption[]
  stripePublishableKey: string | undefined
  /** The outlets to collect at (delivery step) and the one chosen (a pickup cart). */
  pickupOutlets?: StorePickupOutlet[]
  pickupOutlet?: StorePickupOutlet | null
}

function addressDefaults(address: HttpTypes.StoreCartAddress | null | undefined): Partial<AddressInput> {
  if (!address) return {}
  const province = provinceOf(address.province)
  return {
    first_name: address.first_name ?? "",
    last_name: address.last_name ?? "",
    phone: address.phone ?? "",
    address_1: address.address_1 ?? "",
    address_2: address.address_2 ?? "",
    city: address.city ?? "",
    postal_code: address.postal_code ?? "",
    ...(province ? { province } : {}),
  }
}

/**
 * The one-page checkout: every step in order, answered ones summarised with a
 * link to change them, the open one as a form, later ones as headings only.
 */
export function CheckoutTemplate({ cart, step, done, deliveryOptions, paymentOptions, stripePublishableKey, pickupOutlets = [], pickupOutlet = null }: Props) {
  const t = useTranslations("Checkout")
  const session = cart.payment_collection?.payment_sessions?.[0]
  const method = cart.shipping_methods?.[0]
  const address = cart.shipping_address
  const methodLabel = useMethodLabel()
  const sessionKind = paymentKind(session?.provider_id)

  const summary: Record<CheckoutStep, ReactNode> = {
    contact: cart.email,
    address: address ? (
      <>
        {[address.first_name, address.last_name].filter(Boolean).join(" ")}, {address.address_1}, {address.city}, {provinceLabel(address.province)}{" "}
        {address.postal_code}
      </>
    ) : null,
    delivery: method ? `${method.name} · ${formatRupiah(method.amount)}${pickupOutlet ? ` · ${pickupOutlet.name}` : ""}` : null,
    payment: sessionKind ? methodLabel(sessionKind) : null,
    review: null,
  }

  const clientSecret = typeof session?.data?.client_secret === "string" ? session.data.client_secret : null
  const form: Record<CheckoutStep, ReactNode> = {
    contact: <ContactForm email={cart.email ?? ""} />,
    address: <AddressForm defaults={addressDefaults(address)} />,
    delivery: (
      <DeliveryForm
        options={deliveryOptions}
        selectedId={method?.shipping_option_id ?? null}
        outlets={pickupOutlets}
        selectedOutletId={(cart.metadata?.pickup_outlet_id as string | undefined) ?? null}
      />
    ),
    payment: <PaymentForm options={paymentOptions} selectedId={session?.provider_id ?? null} />,
    review: isGatewayProvider(session?.provider_id) ? (
      // QRIS, e-wallets and virtual accounts: the order is placed when the gateway says it is paid.
      <GoToPayLink cartId={cart.id} />
    ) : session?.provider_id === CARD_PROVIDER && stripePublishableKey && clientSecret ? (
        <CardPaymentForm
          publishableKey={stripePublishableKey}
          clientSecret={clientSecret}
          billingName={[address?.first_name, address?.last_name].filter(Boolean).join(" ")}
          email={cart.email ?? ""}
        />
      ) : (
        <PlaceOrderForm />
      ),
  }

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <ol aria-label={t("stepsLabel")} className="space-y-4">
          {CHECKOUT_STEPS.map((name, index) => {
            const current = name === step
            const answered = done.has(name) && !current
            return (
              <li key={name}>
                <section
                  aria-labelledby={`step-${name}`}
                  aria-current={current ? "step" : undefined}
                  className={`rounded-lg border p-4 ${current ? "border-maroon bg-white" : "border-line bg-sand"}`}
                >
                  <div className="flex items-baseline justify-between gap-3">
                    <h2 id={`step-${name}`} className={`font-serif text-xl font-semibold ${current || answered ? "" : "text-muted"}`}>
                      <span className="sr-only">{t("stepNumber", { number: index + 1, total: CHECKOUT_STEPS.length })}: </span>
                      {t(`steps.${name}`)}
                      {answered ? <span className="ml-2 text-sm font-normal text-leaf">✓ {t("done")}</span> : null}
                    </h2>
                    {answered && name !== "review" ? (
                      <Link
                        href={{ pathname: "/checkout", query: { step: name } }}
                        aria-label={t("editLabel", { step: t(`steps.${name}`) })}
                        className="text-sm text-maroon underline underline-offset-4"
                      >
                        {t("edit")}
                      </Link>
                    ) : null}
                  </div>
                  {answered && summary[name] ? <p className="mt-1 text-sm">{summary[name]}</p> : null}
                  {current ? (
                    <div className="mt-4 space-y-4">
                      {name === "review" ? <p className="text-sm">{t("reviewIntro")}</p> : null}
                      {name === "review" && pickupOutlet ? (
                        <ReviewPickup outlet={pickupOutlet} payAtOutlet={session?.provider_id === PAY_AT_OUTLET_PROVIDER} />
                      ) : null}
                      {/* On a phone the summary sits below the steps: the amount goes with the button that commits to it. */}
                      {name === "review" ? (
                        <p className="flex items-baseline justify-between gap-3 border-y border-line py-2 text-lg font-semibold">
                          <span>{t("reviewTotal")}</span>
                          <span className="tabular-nums">{formatRupiah(cart.total)}</span>
                        </p>
                      ) : null}
                      {form[name]}
                    </div>
                  ) : null}
                </section>
              </li>
            )
          })}
        </ol>
        <section aria-labelledby="checkout-summary" className="h-fit space-y-4 rounded-lg border border-line bg-sand p-4">
          <h2 id="checkout-summary" className="font-serif text-xl font-semibold">
            {t("summaryTitle")}
          </h2>
          <ul className="space-y-2 text-sm">
            {(cart.items ?? []).map((item) => (
              <li key={item.id} className="flex justify-between gap-3">
                <span>
                  {item.quantity} × {item.product_title ?? item.title}
                  {item.variant_title ? <span className="text-muted"> ({item.variant_title})</span> : null}
                </span>
                <span className="tabular-nums">{formatRupiah(item.total ?? item.unit_price * item.quantity)}</span>
              </li>
            ))}
          </ul>
          <CartTotals cart={cart} />
          <Link href="/cart" className="block text-center text-sm text-maroon underline underline-offset-4">
            {t("backToCart")}
          </Link>
        </section>
      </div>
    </div>
  )
}

/** The review step's pickup: where and when to collect, and paying there. */
function ReviewPickup({ outlet, payAtOutlet }: { outlet: StorePickupOutlet; payAtOutlet: boolean }) {
  const t = useTranslations("Pickup")
  return (
    <div className="space-y-2 rounded-md border border-line bg-sand p-3">
      <p className="text-sm font-semibold text-muted">{t("collectAt")}</p>
      <PickupOutletCard outlet={outlet} />
      {payAtOutlet ? <p className="text-sm font-semibold">{t("payAtOutletReview", { days: PAY_AT_OUTLET_HOLD_DAYS })}</p> : null}
    </div>
  )
}
