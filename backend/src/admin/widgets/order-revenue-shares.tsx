import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { bucketLabel } from "../components/revenue-shares/labels"
import { useOrderAllocation } from "../hooks/api/order-allocations"
import { useKaryaTranslation } from "../lib/i18n"
import { lastCapturedAt } from "../lib/order-payment"
import { errorMessage } from "../lib/sdk"
import { WideTable } from "../components/wide-table"

/** "Bagi hasil" (Revenue shares) on the order page: each line's rule, and who got what (participants by code). */
const OrderRevenueSharesWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, format } = useKaryaTranslation()
  // The order prop is refetched by the dashboard after a capture; its capture time starts the polling.
  const { data: shares, error: loadError } = useOrderAllocation(order.id, lastCapturedAt(order))
  const error = loadError ? errorMessage(loadError, t) : null

  const allocatedAny = shares?.lines.some((l) => l.entries.length)
  return (
    <Container className="divide-y p-0" data-testid="order-revenue-shares">
      <div className="px-6 py-4">
        <Heading level="h2">{t("orderRevenueShares.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("orderRevenueShares.intro")}
        </Text>
      </div>
      {error && (
        <Text role="alert" className="text-ui-fg-error px-6 py-4">
          {error}
        </Text>
      )}
      {shares && !allocatedAny && <Text className="text-ui-fg-subtle px-6 py-4">{t("orderRevenueShares.notYet")}</Text>}
      {shares?.lines
        .filter((l) => l.entries.length)
        .map((line) => (
          <div key={line.line_item_id} className="flex flex-col gap-2 px-6 py-4">
            <div className="flex items-center justify-between">
              <Text weight="plus">{line.title}</Text>
              <Text size="small">
                {format.money(line.net_revenue)}
                {line.rule ? ` · ${line.rule.name} (v${line.rule.version})` : ""}
              </Text>
            </div>
            <WideTable className="min-w-[480px]">
              <Table.Body>
                {line.entries.map((e) => (
                  <Table.Row key={e.id}>
                    <Table.Cell>{bucketLabel(t, e.bucket)}</Table.Cell>
                    <Table.Cell>{e.party_label}</Table.Cell>
                    <Table.Cell>
                      {e.kind === "reversal" ? (
                        <Badge size="2xsmall" color="red">
                          {t("orderRevenueShares.reversal")}
                        </Badge>
                      ) : null}{" "}
                      {format.day(e.occurred_at)}
                    </Table.Cell>
                    <Table.Cell className="text-right">{format.money(e.amount)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </WideTable>
          </div>
        ))}
      {allocatedAny && (
        <div className="flex flex-wrap gap-4 px-6 py-4">
          {Object.entries(shares!.totals_by_bucket).map(([bucket, amount]) => (
            <Text key={bucket} size="small">
              {bucketLabel(t, bucket)}: <span className="txt-compact-small-plus">{format.money(amount)}</span>
            </Text>
          ))}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details",
})

export default OrderRevenueSharesWidget
