import { defineRouteConfig } from "@medusajs/admin-sdk"
import type { PayoutRun } from "@karya-binaan/contract"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { jakartaDay, jakartaMonth } from "../../../lib/jakarta-time"
import { partyName } from "../../components/payouts/labels"
import { usePayoutRun, usePayoutRuns, useRunPayout } from "../../hooks/api/payouts"
import { useKaryaTranslation } from "../../lib/i18n"
import { errorMessage } from "../../lib/sdk"
import { WideTable } from "../../components/wide-table"

/** Payout runs: run one for a month, see each run's statements, open one to print, download or mark paid. */
const PayoutsPage = () => {
  const { t } = useKaryaTranslation()
  const { data, error } = usePayoutRuns({ limit: 50 })
  const runs = data?.payout_runs
  const loadError = error ? errorMessage(error, t) : null
  const [open, setOpen] = useState<string | null>(null)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("payouts.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("payouts.intro")}
        </Text>
      </div>
      <RunForm
        onRun={(runId) => {
          if (runId) setOpen(runId)
        }}
      />
      {loadError && (
        <Text role="alert" className="text-ui-fg-error px-6 py-4">
          {loadError}
        </Text>
      )}
      {!runs && !loadError && <Text className="px-6 py-4">{t("common.loading")}</Text>}
      {runs?.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">{t("payouts.empty")}</Text>}
      {runs?.map((run) => (
        <RunRow key={run.id} run={run} open={open === run.id} onToggle={() => setOpen(open === run.id ? null : run.id)} />
      ))}
    </Container>
  )
}

const RunForm = ({ onRun }: { onRun: (runId: string | null) => void }) => {
  const { t, format } = useKaryaTranslation()
  const [month, setMonth] = useState(jakartaMonth(new Date()))
  const runPayout = useRunPayout()
  const busy = runPayout.isPending
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setMessage(null)
    try {
      // Resolves once the run list has been read again, so the new run is there to open.
      const res = await runPayout.mutateAsync({ period: month })
      if (res.payout_run) {
        const { period, statement_count, total } = res.payout_run
        const text = t("payouts.runDone", { period, count: statement_count, total: format.money(total) })
        toast.success(text)
        setMessage({ tone: "ok", text })
      } else {
        // The server's message is Indonesian only; this one says the same in the Admin's language.
        setMessage({ tone: "ok", text: t("payouts.nothingNew", { period: month }) })
      }
      onRun(res.payout_run?.id ?? null)
    } catch (e) {
      setMessage({ tone: "error", text: errorMessage(e, t) })
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-2 px-6 py-4">
      <div className="flex items-end gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="payout-month">{t("payouts.month")}</Label>
          <Input id="payout-month" type="month" value={month} required onChange={(e) => setMonth(e.target.value)} />
        </div>
        <Button type="submit" isLoading={busy} disabled={busy || !month}>
          {t("payouts.run")}
        </Button>
      </div>
      {message && (
        <Text role={message.tone === "error" ? "alert" : "status"} size="small" className={message.tone === "error" ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          {message.text}
        </Text>
      )}
    </form>
  )
}

const RunRow = ({ run, open, onToggle }: { run: PayoutRun; open: boolean; onToggle: () => void }) => {
  const { t, format } = useKaryaTranslation()
  // Read when the operator first opens the run.
  const detail = usePayoutRun(run.id, { enabled: open })
  const statements = detail.data?.payout_run.statements
  const error = detail.error ? errorMessage(detail.error, t) : null

  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-payout-run-id={run.id}>
      <div className="flex items-center justify-between gap-4">
        <div className="flex flex-col gap-1">
          <Text weight="plus">{t("payouts.period", { period: run.period })}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("payouts.runSummary", { date: jakartaDay(run.created_at), count: run.statement_count, paid: run.paid_count, total: format.money(run.total) })}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={onToggle}>
          {open ? t("payouts.close") : t("payouts.viewStatements")}
        </Button>
      </div>
      {open && error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
      {open && statements && (
        <WideTable>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("payouts.recipient")}</Table.HeaderCell>
              <Table.HeaderCell>{t("payouts.cohort")}</Table.HeaderCell>
              <Table.HeaderCell>{t("payouts.lines")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("common.total")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {statements.map((s) => (
              <Table.Row key={s.id} data-statement-id={s.id}>
                <Table.Cell className="font-mono">{partyName(t, s)}</Table.Cell>
                <Table.Cell>{s.cohort_name}</Table.Cell>
                <Table.Cell>{s.line_count}</Table.Cell>
                <Table.Cell className="text-right">{format.money(s.total)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={s.status === "paid" ? "green" : "orange"}>
                    {s.status === "paid" ? t("payouts.paid") : t("payouts.unpaid")}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <a href={`/app/payouts/statements/${s.id}`} className="text-ui-fg-interactive hover:underline">
                    {t("payouts.openStatement")}
                  </a>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </WideTable>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.payouts",
  translationNs: "karya",
})

export default PayoutsPage
