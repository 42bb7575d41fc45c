import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { requireCustomer } from "@/lib/data/customer"
import { guestOrderCounts } from "@/lib/data/guest-orders"
import { listCustomerOrders } from "@/lib/data/orders"
import { privatePageMetadata } from "@/lib/private-metadata"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { GuestOrdersOffer } from "@/modules/account/components/guest-orders-offer"
import { OrderList } from "@/modules/account/components/order-list"
import { AccountTemplate } from "@/modules/account/templates/account-template"
import { LinkCards } from "@/modules/common/components/link-cards"

const RECENT_ORDERS = 3

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/account", (await getTranslations("Account"))("metaTitle"))
}

export default async function AccountPage() {
  const customer = await requireCustomer("/account")
  const [t, { orders }, guests] = await Promise.all([getTranslations("Account"), listCustomerOrders(1), guestOrderCounts()])
  const cards = [
    { href: "/account/profile", title: t("profile"), body: t("profileCard") },
    { href: "/account/addresses", title: t("addresses"), body: t("addressesCard", { count: customer.addresses?.length ?? 0 }) },
    { href: "/account/orders", title: t("orders"), body: t("ordersCard") },
  ] as const
  return (
    <AccountTemplate
      title={t("title")}
      section="/account"
      intro={
        <>
          <p className="text-lg font-semibold text-ink">{t("greeting", { name: customer.first_name || customer.email })}</p>
          <p>{t("intro")}</p>
        </>
      }
    >
      {/* Right after registering or logging in: the orders this email placed as a guest. */}
      <ClientMessages sections={["GuestOrders"]}>
        <GuestOrdersOffer counts={guests} email={customer.email} />
      </ClientMessages>
      <LinkCards cards={cards} className="grid gap-3 sm:grid-cols-3" />
      {orders.length ? (
        <section aria-labelledby="recent-orders" className="mt-10">
          <h2 id="recent-orders" className="mb-4 text-2xl font-semibold">
            {t("recentOrders")}
          </h2>
          <OrderList orders={orders.slice(0, RECENT_ORDERS)} />
          <Link href="/account/orders" className="mt-4 inline-block font-semibold text-maroon underline underline-offset-4">
            {t("allOrders")}
          </Link>
        </section>
      ) : null}
    </AccountTemplate>
  )
}
