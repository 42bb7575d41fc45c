import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getOrder } from "@/lib/data/orders"
import { privatePageMetadata } from "@/lib/private-metadata"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { FormNotice } from "@/modules/account/components/form-notice"
import { OrderDetails } from "@/modules/order/components/order-details"
import { OrderLookupForm } from "@/modules/order/components/order-lookup-form"

type Props = { searchParams: Promise<{ order?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/orders/lookup", (await getTranslations("OrderLookup"))("metaTitle"))
}

/**
 * Guest order tracking: number and email in the form; a match comes back as
 * ?order=<id>, readable only by this browser (the lookup gave it the order's
 * access token) or the order's logged-in customer; the id alone shows nothing.
 */
export default async function OrderLookupPage({ searchParams }: Props) {
  const [{ order: orderId }, t] = await Promise.all([searchParams, getTranslations("OrderLookup")])
  const order = typeof orderId === "string" && orderId ? await getOrder(orderId) : null
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold md:text-4xl">{t("title")}</h1>
      <div className="batik-rule mt-2 mb-6 w-24" aria-hidden="true" />
      {order ? (
        <>
          <OrderDetails order={order} />
          <Link href="/orders/lookup" className="mt-8 inline-block font-semibold text-maroon underline underline-offset-4">
            {t("another")}
          </Link>
        </>
      ) : (
        <>
          {orderId ? (
            <div className="mb-6">
              <FormNotice tone="error">{t("notFound")}</FormNotice>
            </div>
          ) : null}
          <p className="mb-6 text-muted">{t("intro")}</p>
          <div className="rounded-lg border border-line bg-white p-4 sm:p-6">
            <ClientMessages sections={["Address", "AccountForm"]}>
              <OrderLookupForm />
            </ClientMessages>
          </div>
          <p className="mt-6 text-sm">
            <Link href="/account" className="text-maroon underline underline-offset-4">
              {t("hasAccount")}
            </Link>
          </p>
        </>
      )}
    </div>
  )
}
