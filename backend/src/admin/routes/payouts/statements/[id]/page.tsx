import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useParams } from "react-router-dom"
import { jakartaDay } from "../../../../../lib/jakarta-time"
import { partyName, statementBucket, statementKind } from "../../../../components/payouts/labels"
import { useMarkStatementPaid, usePayoutStatement } from "../../../../hooks/api/payouts"
import { useKaryaTranslation } from "../../../../lib/i18n"
import { errorMessage } from "../../../../lib/sdk"
import { WideTable } from "../../../../components/wide-table"

// Printing shows the statement alone, not the admin's sidebar and buttons.
const PRINT_CSS = `@media print {
  body * { visibility: hidden; }
  #payout-statement, #payout-statement * { visibility: visible; }
  #payout-statement { position: absolute; inset: 0 auto auto 0; width: 100%; }
  .no-print { display: none !important; }
}`

/** One payout statement: its lines and total, print, CSV, and recording the facility's payment. */
const StatementPage = () => {
  const { t, format } = useKaryaTranslation()
  // The route is /payouts/statements/:id, so the id is always there.
  const { id = "" } = useParams()
  const { data, error: loadError } = usePayoutStatement(id)
  const statement = data?.payout_statement
  const error = loadError ? errorMessage(loadError, t) : null

  if (error) return <Container><Text role="alert" className="text-ui-fg-error">{error}</Text></Container>
  if (!statement) return <Container><Text>{t("common.loading")}</Text></Container>

  return (
    <Container className="divide-y p-0">
      <style>{PRINT_CSS}</style>
      <div id="payout-statement" className="flex flex-col gap-4 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Heading level="h1">{t("statement.title")}</Heading>
          <Text>
            {t("payouts.recipient")}: <span className="font-mono">{partyName(t, statement)}</span>
          </Text>
          <Text size="small">{t("statement.cohort", { name: statement.cohort_name })}</Text>
          <Text size="small">{t("statement.facility", { name: statement.facility_name })}</Text>
          <Text size="small">{t("statement.period", { period: statement.period })}</Text>
          <div className="flex items-center gap-2">
            <Badge size="2xsmall" color={statement.status === "paid" ? "green" : "orange"}>
              {statement.status === "paid"
                ? t("statement.paidBadge", { date: statement.paid_at ? jakartaDay(statement.paid_at) : "", reference: statement.paid_reference })
                : t("payouts.unpaid")}
            </Badge>
            {statement.paid_by_type && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {statement.paid_by_type === "coordinator" ? t("statement.recordedByCoordinator") : t("statement.recordedByOperator")}
              </Text>
            )}
          </div>
        </div>
        <WideTable>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("statement.date")}</Table.HeaderCell>
              <Table.HeaderCell>{t("statement.order")}</Table.HeaderCell>
              <Table.HeaderCell>{t("statement.product")}</Table.HeaderCell>
              <Table.HeaderCell>{t("statement.bucket")}</Table.HeaderCell>
              <Table.HeaderCell>{t("statement.kind")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("statement.amount")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {statement.lines.map((l) => (
              <Table.Row key={l.ledger_entry_id}>
                <Table.Cell>{jakartaDay(l.occurred_at)}</Table.Cell>
                <Table.Cell>{l.order_display_id != null ? `#${l.order_display_id}` : l.order_id}</Table.Cell>
                <Table.Cell>{l.variant_title ? `${l.product_title} (${l.variant_title})` : l.product_title}</Table.Cell>
                <Table.Cell>{statementBucket(t, l.bucket)}</Table.Cell>
                <Table.Cell>{statementKind(t, l.kind)}</Table.Cell>
                <Table.Cell className="text-right">{format.money(l.amount)}</Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.Cell className="font-semibold">{t("common.total")}</Table.Cell>
              <Table.Cell />
              <Table.Cell />
              <Table.Cell />
              <Table.Cell />
              <Table.Cell className="text-right font-semibold" data-testid="statement-total">
                {format.money(statement.total)}
              </Table.Cell>
            </Table.Row>
          </Table.Body>
        </WideTable>
      </div>
      <div className="no-print flex gap-2 px-6 py-4">
        <Button size="small" variant="secondary" onClick={() => window.print()}>
          {t("statement.print")}
        </Button>
        <Button size="small" variant="secondary" asChild>
          <a href={`/admin/payout-statements/${statement.id}/csv`} download>
            {t("statement.downloadCsv")}
          </a>
        </Button>
        <a href="/app/payouts" className="text-ui-fg-interactive self-center hover:underline">
          {t("statement.back")}
        </a>
      </div>
      {statement.status === "unpaid" && <MarkPaidForm statementId={statement.id} />}
    </Container>
  )
}

const MarkPaidForm = ({ statementId }: { statementId: string }) => {
  const { t } = useKaryaTranslation()
  const [reference, setReference] = useState("")
  const [paidAt, setPaidAt] = useState(jakartaDay(new Date()))
  const markPaid = useMarkStatementPaid(statementId)
  const busy = markPaid.isPending
  const error = markPaid.error ? errorMessage(markPaid.error, t) : null

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      // Resolves once the statement has been read again: paid, it no longer shows this form.
      await markPaid.mutateAsync({ reference: reference.trim(), paid_at: paidAt })
      toast.success(t("statement.markedPaid"))
    } catch {
      // The refusal is shown from markPaid.error.
    }
  }

  return (
    <form onSubmit={submit} className="no-print flex flex-col gap-3 px-6 py-4">
      <Heading level="h2">{t("statement.recordPayment")}</Heading>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="paid-reference">{t("statement.reference")}</Label>
          <Input id="paid-reference" value={reference} required minLength={3} maxLength={120} onChange={(e) => setReference(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="paid-at">{t("statement.paidAt")}</Label>
          <Input id="paid-at" type="date" value={paidAt} required onChange={(e) => setPaidAt(e.target.value)} />
        </div>
        <Button type="submit" isLoading={busy} disabled={busy}>
          {t("statement.markPaid")}
        </Button>
      </div>
      {error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
    </form>
  )
}

export default StatementPage
