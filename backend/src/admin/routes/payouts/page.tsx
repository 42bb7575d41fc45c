import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { formatRupiah, jakartaDay, jakartaMonth, partyName, type PayoutRun, type PayoutStatement } from "../../lib/payouts"
import { errorMessage, sdk } from "../../lib/sdk"

/** Payout runs: run one for a month, see each run's statements, open one to print, download or mark paid. */
const PayoutsPage = () => {
  const [runs, setRuns] = useState<PayoutRun[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [open, setOpen] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const res = await sdk.client.fetch<{ payout_runs: PayoutRun[] }>("/admin/payouts", { query: { limit: 50 } })
      setRuns(res.payout_runs)
      setLoadError(null)
    } catch (e) {
      setLoadError(errorMessage(e))
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Pembayaran bagi hasil</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Satu pembayaran mengumpulkan semua bagi hasil peserta dan dana bahan kohort yang belum dibayar sampai akhir bulan
          (waktu Jakarta, WIB) menjadi satu slip per penerima. Fasilitas membayar slip lalu mencatat referensinya.
        </Text>
      </div>
      <RunForm
        onRun={async (runId) => {
          await load()
          if (runId) setOpen(runId)
        }}
      />
      {loadError && (
        <Text role="alert" className="text-ui-fg-error px-6 py-4">
          {loadError}
        </Text>
      )}
      {runs === null && !loadError && <Text className="px-6 py-4">Memuat…</Text>}
      {runs?.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">Belum ada pembayaran bagi hasil.</Text>}
      {runs?.map((run) => (
        <RunRow key={run.id} run={run} open={open === run.id} onToggle={() => setOpen(open === run.id ? null : run.id)} />
      ))}
    </Container>
  )
}

const RunForm = ({ onRun }: { onRun: (runId: string | null) => Promise<void> }) => {
  const [month, setMonth] = useState(jakartaMonth(new Date()))
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setMessage(null)
    try {
      const res = await sdk.client.fetch<{ payout_run: (PayoutRun & { statements: PayoutStatement[] }) | null; message?: string }>(
        "/admin/payouts",
        { method: "POST", body: { period: month } }
      )
      if (res.payout_run) {
        const text = `Pembayaran ${res.payout_run.period}: ${res.payout_run.statement_count} slip, total ${formatRupiah(res.payout_run.total)}.`
        toast.success(text)
        setMessage({ tone: "ok", text })
      } else {
        setMessage({ tone: "ok", text: res.message ?? "Tidak ada slip baru." })
      }
      await onRun(res.payout_run?.id ?? null)
    } catch (e) {
      setMessage({ tone: "error", text: errorMessage(e) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-2 px-6 py-4">
      <div className="flex items-end gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="payout-month">Bulan</Label>
          <Input id="payout-month" type="month" value={month} required onChange={(e) => setMonth(e.target.value)} />
        </div>
        <Button type="submit" isLoading={busy} disabled={busy || !month}>
          Jalankan pembayaran
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
  const [statements, setStatements] = useState<PayoutStatement[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!open) return
    sdk.client
      .fetch<{ payout_run: { statements: PayoutStatement[] } }>(`/admin/payouts/${run.id}`)
      .then((res) => setStatements(res.payout_run.statements))
      .catch((e) => setError(errorMessage(e)))
  }, [open, run.id])

  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-payout-run-id={run.id}>
      <div className="flex items-center justify-between gap-4">
        <div className="flex flex-col gap-1">
          <Text weight="plus">Periode {run.period}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            Dijalankan {jakartaDay(run.created_at)} · {run.statement_count} slip · {run.paid_count} dibayar · total {formatRupiah(run.total)}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={onToggle}>
          {open ? "Tutup" : "Lihat slip"}
        </Button>
      </div>
      {open && error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
      {open && statements && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Penerima</Table.HeaderCell>
              <Table.HeaderCell>Kohort</Table.HeaderCell>
              <Table.HeaderCell>Baris</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {statements.map((s) => (
              <Table.Row key={s.id} data-statement-id={s.id}>
                <Table.Cell className="font-mono">{partyName(s)}</Table.Cell>
                <Table.Cell>{s.cohort_name}</Table.Cell>
                <Table.Cell>{s.line_count}</Table.Cell>
                <Table.Cell className="text-right">{formatRupiah(s.total)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={s.status === "paid" ? "green" : "orange"}>
                    {s.status === "paid" ? "Dibayar" : "Belum dibayar"}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <a href={`/app/payouts/statements/${s.id}`} className="text-ui-fg-interactive hover:underline">
                    Buka slip
                  </a>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Pembayaran bagi hasil",
})

export default PayoutsPage
