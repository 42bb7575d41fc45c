import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { sendOrderNote } from "@/lib/data/maker-note-actions"
import { getOrderNoteCohorts } from "@/lib/data/maker-notes"
import { getOrder } from "@/lib/data/orders"
import { privatePageMetadata } from "@/lib/private-metadata"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { ThankYouNotes } from "@/modules/notes/components/thank-you-notes"
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
  // The confirmation email's thank-you link lands here for guests (#ucapan).
  const noteCohorts = order ? await getOrderNoteCohorts(order.id) : []
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold md:text-4xl">{t("title")}</h1>
      <div className="batik-rule mt-2 mb-6 w-24" aria-hidden="true" />
      {order ? (
        <>
          <OrderDetails order={order} />
          {order ? (
            <div className="mt-6">
              <ThankYouNotes cohorts={noteCohorts} send={sendOrderNote.bind(null, order.id)} />
            </div>
          ) : null}
          <Link href="/orders/lookup" className="mt-8 inline-block font-semibold text-maroon underline underline-offset-4">
            {t("another")}
          </Link>
        </>
      ) : (
        <>
          {orderId ? (
            // A link to an order (the confirmation email's) opened in a browser that never looked it up: ask for
            // the pair, as for any visitor. Not an error: it is the buyer's own link, and whether the order
            // exists must not show.
            <p role="status" className="mb-6 rounded-md border-2 border-line bg-white p-3">
              {t("openWithDetails")}
            </p>
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
