import "server-only"
import type { OrderNoteCohort, OrderNoteCohortsResponse, OutletCatalogResponse, OutletDeliveryOptionsResponse, OutletOrderListResponse, OutletOrderResponse } from "@karya-binaan/contract"
import { getLocale } from "next-intl/server"
import { backendLocale } from "@/i18n/locale"
import type { OutletCatalogRow, OutletDeliveryFees, OutletOrder } from "@/lib/types/outlet"
import { outletRead } from "./session"
import { reshapeCatalog, reshapeOrder } from "./reshape"

/** What the outlet can order, at its wholesale prices, named in the page's language. */
export async function listOutletCatalog(): Promise<OutletCatalogRow[]> {
  const { products } = await outletRead<OutletCatalogResponse>("/outlet/catalog", { locale: backendLocale(await getLocale()) })
  return reshapeCatalog(products)
}

/** What each way of receiving the order costs, as the backend will charge it (its shipping options' prices). */
export async function getOutletDeliveryFees(): Promise<OutletDeliveryFees> {
  const { delivery_options } = await outletRead<OutletDeliveryOptionsResponse>("/outlet/delivery-options")
  return Object.fromEntries(delivery_options.map((o) => [o.delivery, o.amount]))
}

/** The outlet's orders, newest first. */
export async function listOutletOrders(): Promise<OutletOrder[]> {
  const { orders } = await outletRead<OutletOrderListResponse>("/outlet/orders", { limit: 50 })
  return orders.map(reshapeOrder)
}

/** One of the outlet's orders (404 page otherwise), its lines named in the page's language. */
export async function getOutletOrder(id: string): Promise<OutletOrder> {
  const { order } = await outletRead<OutletOrderResponse>(`/outlet/orders/${encodeURIComponent(id)}`, { locale: backendLocale(await getLocale()) })
  return reshapeOrder(order)
}

/** The cohorts one of the outlet's orders can thank, with the notes it already sent. */
export async function getOutletOrderNoteCohorts(id: string): Promise<OrderNoteCohort[]> {
  const { cohorts } = await outletRead<OrderNoteCohortsResponse>(`/outlet/orders/${encodeURIComponent(id)}/notes`, { locale: backendLocale(await getLocale()) })
  return cohorts
}
