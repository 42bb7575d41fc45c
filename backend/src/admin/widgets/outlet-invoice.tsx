import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { errorMessage, sdk } from "../lib/sdk"

const text = (value: unknown) => (typeof value === "string" && value ? value : null)

/**
 * On an outlet order's page: the invoice's PO number and due date, and
 * "Tandai faktur lunas" with the transfer reference, which captures the
 * payment (revenue shares follow). Shop orders show nothing.
 */
const OutletInvoiceWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const meta = (order.metadata ?? {}) as Record<string, unknown>
  const [reference, setReference] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [paidAt, setPaidAt] = useState<string | null>(text(meta.invoice_paid_at))
  const [paidRef, setPaidRef] = useState<string | null>(text(meta.invoice_payment_reference))
  if (!text(meta.outlet_id)) return null
  if (text(meta.consignment_report_id)) {
    return (
      <Container className="px-6 py-4">
        <Heading level="h2">Penjualan titipan outlet</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Dari laporan penjualan periode {text(meta.period_start) ?? "—"} – {text(meta.period_end) ?? "—"}; pembayaran di-capture saat dilaporkan.
        </Text>
      </Container>
    )
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const res = await sdk.client.fetch<{ invoice: { paid_at: string; reference: string } }>(`/admin/outlet-orders/${order.id}/mark-paid`, {
        method: "POST",
        body: { reference: reference.trim() },
      })
      setPaidAt(res.invoice.paid_at)
      setPaidRef(res.invoice.reference)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Faktur outlet</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          No. PO {text(meta.po_number) ?? "—"} · jatuh tempo {text(meta.invoice_due_date) ?? "—"} · termin {String(meta.payment_terms_days ?? "—")} hari
        </Text>
      </div>
      {paidAt ? (
        <Text role="status" className="px-6 py-4">
          Lunas pada {new Date(paidAt).toLocaleString("id-ID")} (ref. {paidRef ?? "—"}). Pembayaran sudah di-capture.
        </Text>
      ) : (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2 px-6 py-4" noValidate>
          <div className="flex flex-col gap-1">
            <Label htmlFor="invoice-reference" size="small">
              Referensi pembayaran
            </Label>
            <Input id="invoice-reference" placeholder="mis. TRF-BSI-0042" value={reference} onChange={(e) => setReference(e.target.value)} />
          </div>
          <Button type="submit" isLoading={busy} disabled={busy}>
            Tandai faktur lunas
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

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OutletInvoiceWidget
