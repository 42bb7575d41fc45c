import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useMarkOutletInvoicePaid } from "../hooks/api/outlet-invoices"
import { useKaryaTranslation } from "../lib/i18n"
import { errorMessage } from "../lib/sdk"

const text = (value: unknown) => (typeof value === "string" && value ? value : null)
const whole = (value: unknown) => (value != null && Number.isInteger(Number(value)) ? Number(value) : null)

/**
 * On an outlet order's page: the invoice's PO number and due date, and
 * "Tandai faktur lunas" (mark invoice paid) with the transfer reference, which captures the
 * payment (revenue shares follow). Shop orders show nothing.
 */
const OutletInvoiceWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, format } = useKaryaTranslation()
  const meta = (order.metadata ?? {}) as Record<string, unknown>
  const [reference, setReference] = useState("")
  const markPaid = useMarkOutletInvoicePaid(order.id)
  const busy = markPaid.isPending
  const error = markPaid.error ? errorMessage(markPaid.error, t) : null
  const [paidAt, setPaidAt] = useState<string | null>(text(meta.invoice_paid_at))
  const [paidRef, setPaidRef] = useState<string | null>(text(meta.invoice_payment_reference))
  const termsDays = whole(meta.payment_terms_days)
  if (!text(meta.outlet_id)) return null
  if (text(meta.consignment_report_id)) {
    return (
      <Container className="px-6 py-4">
        <Heading level="h2">{t("outletInvoice.consignmentTitle")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("outletInvoice.consignmentText", { from: text(meta.period_start) ?? "—", to: text(meta.period_end) ?? "—" })}
        </Text>
      </Container>
    )
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      const res = await markPaid.mutateAsync({ reference: reference.trim() })
      setPaidAt(res.invoice.paid_at)
      setPaidRef(res.invoice.reference)
    } catch {
      // The refusal is shown from markPaid.error.
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("outletInvoice.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("outletInvoice.summary", {
            po: text(meta.po_number) ?? "—",
            due: text(meta.invoice_due_date) ?? "—",
            terms: termsDays === null ? "—" : t("outletInvoice.termsDays", { count: termsDays }),
          })}
        </Text>
      </div>
      {paidAt ? (
        <Text role="status" className="px-6 py-4">
          {t("outletInvoice.paid", { date: format.dateTime(paidAt), reference: paidRef ?? "—" })}
        </Text>
      ) : (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2 px-6 py-4" noValidate>
          <div className="flex flex-col gap-1">
            <Label htmlFor="invoice-reference" size="small">
              {t("outletInvoice.reference")}
            </Label>
            <Input id="invoice-reference" placeholder={t("outletInvoice.referencePlaceholder")} value={reference} onChange={(e) => setReference(e.target.value)} />
          </div>
          <Button type="submit" isLoading={busy} disabled={busy}>
            {t("outletInvoice.markPaid")}
          </Button>
          {error && (
            <Text role="alert" size="small" className="w-full text-ui-fg-error">
              {error}
            </Text>
          )}
        </form>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details" })

export default OutletInvoiceWidget
