import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { type Formatters, type Translate, useKaryaTranslation } from "../lib/i18n"
import { lastCapturedAt, transferState, type TransferState } from "../lib/order-payment"

const COLOR: Record<TransferState, "orange" | "green" | "blue" | "grey" | "red"> = {
  awaiting_transfer: "orange",
  partially_paid: "blue",
  paid: "green",
  refunded: "grey",
  canceled: "red",
}

/** Keys stay literal so the translations test can check every one. */
function describeState(state: TransferState, order: AdminOrder, t: Translate, format: Formatters) {
  const amount = format.money(Number(order.total))
  const number = order.display_id
  const captured = lastCapturedAt(order)
  switch (state) {
    case "awaiting_transfer":
      return { badge: t("orderPayment.badge.awaiting_transfer"), text: t("orderPayment.awaitingText", { amount, number }) }
    case "partially_paid":
      return { badge: t("orderPayment.badge.partially_paid"), text: t("orderPayment.partialText", { amount }) }
    case "paid":
      return { badge: t("orderPayment.badge.paid"), text: t("orderPayment.paidText", { amount, date: captured ? format.dateTime(captured) : "—" }) }
    case "refunded":
      return { badge: t("orderPayment.badge.refunded"), text: t("orderPayment.refundedText") }
    case "canceled":
      return { badge: t("orderPayment.badge.canceled"), text: t("orderPayment.canceledText") }
  }
}

/**
 * At the top of a bank-transfer order's page: whether the money is in, in
 * plain words. Medusa's own Payment section says "Diotorisasi"/"Authorized"
 * for a transfer that has not arrived, which reads as paid. It follows the
 * order as the dashboard refetches it after "Ambil pembayaran"/Capture.
 */
const OrderPaymentStateWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, format } = useKaryaTranslation()
  const state = transferState(order)
  if (!state) return null
  const { badge, text } = describeState(state, order, t, format)
  return (
    <Container className="flex flex-col gap-2 px-6 py-4" data-testid="order-payment-state" data-state={state}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading level="h2">{t("orderPayment.title")}</Heading>
        <Badge color={COLOR[state]}>{badge}</Badge>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {text}
      </Text>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details",
})

export default OrderPaymentStateWidget
