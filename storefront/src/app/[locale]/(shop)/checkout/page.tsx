import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getCart } from "@/lib/data/cart"
import { listDeliveryOptions, listPaymentChoices } from "@/lib/data/checkout"
import { listPickupOutlets, pickupOutletOf } from "@/lib/data/pickup-outlets"
import { isPickup } from "@/lib/util/order-status"
import { stripePublishableKey } from "@/lib/env"
import { firstParam, type SearchParams } from "@/lib/util/catalog-params"
import { currentStep, doneSteps } from "@/lib/util/checkout-steps"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"
import { ClientMessages } from "@/modules/common/components/client-messages"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Checkout")
  return { title: t("metaTitle"), robots: { index: false } }
}

export default async function CheckoutPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [query, cart, t] = await Promise.all([searchParams, getCart(), getTranslations("Checkout")])
  if (!cart?.items?.length) {
    return (
      <div className="mx-auto max-w-6xl space-y-4 px-4 py-8">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{t("emptyCart")}</p>
        <Link href="/cart" className="text-maroon underline underline-offset-4">
          {t("backToCart")}
        </Link>
      </div>
    )
  }
  const step = currentStep(cart, firstParam(query.step))
  // Each step loads only what its form lists.
  const pickup = isPickup(cart.shipping_methods?.[0])
  const [deliveryOptions, paymentOptions, pickupOutlets, pickupOutlet] = await Promise.all([
    step === "delivery" ? listDeliveryOptions(cart.id) : [],
    step === "payment" ? listPaymentChoices(cart.region_id ?? "", pickup) : [],
    step === "delivery" ? listPickupOutlets() : [],
    pickup ? pickupOutletOf(cart.metadata) : null,
  ])
  return (
    <ClientMessages sections={["Checkout", "Address", "PaymentMethods", "Pickup"]}>
      <CheckoutTemplate
        cart={cart}
        step={step}
        done={doneSteps(cart)}
        deliveryOptions={deliveryOptions}
        paymentOptions={paymentOptions}
        pickupOutlets={pickupOutlets}
        pickupOutlet={pickupOutlet}
        stripePublishableKey={stripePublishableKey()}
      />
    </ClientMessages>
  )
}
