import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { requireCustomer } from "@/lib/data/customer"
import { guestOrderCounts } from "@/lib/data/guest-orders"
import { listCustomerOrders, ORDERS_PAGE_SIZE } from "@/lib/data/orders"
import { privatePageMetadata } from "@/lib/private-metadata"
import { pageCount, parsePage } from "@/lib/util/catalog-params"
import { Pagination } from "@/modules/common/components/pagination"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { GuestOrdersOffer } from "@/modules/account/components/guest-orders-offer"
import { OrderList } from "@/modules/account/components/order-list"
import { AccountTemplate } from "@/modules/account/templates/account-template"

type Props = { searchParams: Promise<{ page?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/account/orders", (await getTranslations("Orders"))("metaTitle"))
}

export default async function OrdersPage({ searchParams }: Props) {
  const customer = await requireCustomer("/account/orders")
  const page = parsePage((await searchParams).page)
  const [t, { orders, count }, guests] = await Promise.all([getTranslations("Orders"), listCustomerOrders(page), guestOrderCounts()])
  return (
    <AccountTemplate title={t("title")} section="/account/orders">
      <ClientMessages sections={["GuestOrders"]}>
        <GuestOrdersOffer counts={guests} email={customer.email} />
      </ClientMessages>
      {orders.length ? (
        <>
          <OrderList orders={orders} />
          <Pagination
            page={page}
            totalPages={pageCount(count, ORDERS_PAGE_SIZE)}
            hrefFor={(n) => ({ pathname: "/account/orders", query: n > 1 ? { page: String(n) } : {} })}
          />
        </>
      ) : (
        <div className="rounded-lg border border-line bg-white p-6">
          <p>{t("empty")}</p>
          <Link href="/" className="mt-3 inline-block font-semibold text-maroon underline underline-offset-4">
            {t("shop")}
          </Link>
        </div>
      )}
    </AccountTemplate>
  )
}
