import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getOrder } from "@/lib/data/orders"
import { OrderConfirmedTemplate } from "@/modules/order/templates/order-confirmed-template"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Order")
  return { title: t("confirmedMetaTitle"), robots: { index: false } }
}

export default async function OrderConfirmedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const order = await getOrder(id)
  if (!order) notFound()
  return <OrderConfirmedTemplate order={order} />
}
