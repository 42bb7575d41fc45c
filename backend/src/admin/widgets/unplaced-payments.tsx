import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { UnplacedPayment } from "@karya-binaan/contract"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Pager } from "../components/pager"
import { useUnplacedPayments } from "../hooks/api/unplaced-payments"
import { type Translate, useKaryaTranslation } from "../lib/i18n"

const PAGE = 5

/** Keys stay literal so the translations test can check every one. */
const reasonLabel = (t: Translate, reason: UnplacedPayment["reason"]) =>
  reason === "out_of_stock" ? t("unplacedPayments.reason.out_of_stock") : t("unplacedPayments.reason.already_paid")

/**
 * On the Orders page (Medusa 2.21 lays "order.list.before" widgets out under
 * the list): Midtrans payments that arrived but placed no order (the
 * stock sold out while the shopper paid, or the cart was already paid) and were
 * refunded in full through Midtrans. Medusa keeps no payment for them, so
 * without this an operator would meet them only in Midtrans' dashboard. Hidden
 * while there are none.
 */
const UnplacedPaymentsWidget = () => {
  const { t, format } = useKaryaTranslation()
  const [offset, setOffset] = useState(0)
  const { data, isFetching } = useUnplacedPayments({ limit: PAGE, offset })
  const count = data?.count ?? 0
  if (!count) return null

  return (
    <Container className="divide-y p-0" data-testid="unplaced-payments">
      <div className="flex flex-col gap-1 px-6 py-4">
        <div className="flex flex-wrap items-center gap-2">
          <Heading level="h2">{t("unplacedPayments.title")}</Heading>
          <Badge color="orange">{format.number(count)}</Badge>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {t("unplacedPayments.intro")}
        </Text>
      </div>
      <div className="overflow-x-auto">
        <Table className="min-w-[720px]">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("unplacedPayments.refundedAt")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.email")}</Table.HeaderCell>
              <Table.HeaderCell>{t("unplacedPayments.reasonHeading")}</Table.HeaderCell>
              <Table.HeaderCell>{t("unplacedPayments.midtransOrder")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("unplacedPayments.amount")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data!.unplaced_payments.map((p) => (
              <Table.Row key={p.midtrans_order_id} data-midtrans-order-id={p.midtrans_order_id}>
                <Table.Cell className="whitespace-nowrap">{format.dateTime(p.refunded_at)}</Table.Cell>
                <Table.Cell>{p.email ?? "—"}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">{reasonLabel(t, p.reason)}</Table.Cell>
                <Table.Cell className="font-mono text-xs">
                  {p.midtrans_order_id}
                  {p.method ? <span className="whitespace-nowrap text-ui-fg-subtle"> · {p.method}</span> : null}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right">{format.money(p.amount)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {count > PAGE && <Pager offset={offset} count={count} page={PAGE} onOffset={setOffset} loading={isFetching} className="px-6 py-3" />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default UnplacedPaymentsWidget
