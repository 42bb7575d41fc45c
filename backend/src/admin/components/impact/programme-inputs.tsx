import { Button, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { jakartaMonth } from "../../../lib/jakarta-time"
import { useCreateProgrammeInput, useDeleteProgrammeInput, useProgrammeInputs, type ProgrammeInputKind } from "../../hooks/api/impact"
import { useKaryaTranslation } from "../../lib/i18n"
import { errorMessage } from "../../lib/sdk"
import { INPUT_KINDS, SELECT_CLASS, inputKindLabel } from "./labels"
import { WideTable } from "../wide-table"

/** What the sponsor put in, month by month: the list and the operator's form (POST /admin/impact/inputs). */
export const ProgrammeInputs = () => {
  const { t, format } = useKaryaTranslation()
  const { data, error } = useProgrammeInputs()
  const remove = useDeleteProgrammeInput()
  const inputs = data?.inputs

  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-print="hide">
      <div>
        <Heading level="h2">{t("impact.inputs.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("impact.inputs.intro")}
        </Text>
      </div>
      <InputForm />
      {error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {errorMessage(error, t)}
        </Text>
      )}
      {inputs?.length === 0 && <Text className="text-ui-fg-subtle">{t("impact.inputs.empty")}</Text>}
      {inputs && inputs.length > 0 && (
        <WideTable>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("impact.inputs.month")}</Table.HeaderCell>
              <Table.HeaderCell>{t("impact.inputs.kind")}</Table.HeaderCell>
              <Table.HeaderCell>{t("impact.inputs.sponsor")}</Table.HeaderCell>
              <Table.HeaderCell>{t("impact.inputs.note")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("impact.inputs.amount")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {inputs.map((input) => (
              <Table.Row key={input.id} data-input-id={input.id}>
                <Table.Cell>{input.month}</Table.Cell>
                <Table.Cell>{inputKindLabel(t, input.kind)}</Table.Cell>
                <Table.Cell>{input.sponsor}</Table.Cell>
                <Table.Cell>{input.note ?? ""}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{format.money(input.amount)}</Table.Cell>
                <Table.Cell>
                  <Button
                    size="small"
                    variant="transparent"
                    disabled={remove.isPending}
                    onClick={() => {
                      if (window.confirm(t("impact.inputs.confirmDelete"))) remove.mutate(input.id, { onError: (e) => toast.error(errorMessage(e, t)) })
                    }}
                  >
                    {t("impact.inputs.delete")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </WideTable>
      )}
    </div>
  )
}

const InputForm = () => {
  const { t, format } = useKaryaTranslation()
  const create = useCreateProgrammeInput()
  const [month, setMonth] = useState(jakartaMonth(new Date()))
  const [kind, setKind] = useState<ProgrammeInputKind>("training_cost")
  const [amount, setAmount] = useState("")
  const [sponsor, setSponsor] = useState("Kilang Pertamina Plaju")
  const [note, setNote] = useState("")
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setMessage(null)
    const rupiah = Number(amount.replace(/[.\s]/g, ""))
    if (!Number.isInteger(rupiah) || rupiah <= 0) {
      setMessage({ tone: "error", text: t("impact.inputs.amountInvalid") })
      return
    }
    try {
      await create.mutateAsync({ month, kind, amount: rupiah, sponsor: sponsor.trim() || undefined, note: note.trim() || undefined })
      setMessage({ tone: "ok", text: t("impact.inputs.saved", { amount: format.money(rupiah), month }) })
      setAmount("")
      setNote("")
    } catch (err) {
      setMessage({ tone: "error", text: errorMessage(err, t) })
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-2" aria-label={t("impact.inputs.formLabel")}>
      <div className="grid grid-cols-2 items-end gap-3 md:grid-cols-6">
        <div className="flex flex-col gap-1">
          <Label htmlFor="input-month" size="small">{t("impact.inputs.month")}</Label>
          <Input id="input-month" type="month" size="small" value={month} required onChange={(e) => setMonth(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="input-kind" size="small">{t("impact.inputs.kind")}</Label>
          <select id="input-kind" className={SELECT_CLASS} value={kind} onChange={(e) => setKind(e.target.value as ProgrammeInputKind)}>
            {INPUT_KINDS.map((k) => (
              <option key={k} value={k}>
                {inputKindLabel(t, k)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="input-amount" size="small">{t("impact.inputs.amount")}</Label>
          <Input id="input-amount" inputMode="numeric" size="small" placeholder="25.000.000" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="input-sponsor" size="small">{t("impact.inputs.sponsor")}</Label>
          <Input id="input-sponsor" size="small" value={sponsor} onChange={(e) => setSponsor(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="input-note" size="small">{t("impact.inputs.noteOptional")}</Label>
          <Input id="input-note" size="small" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <Button type="submit" size="small" isLoading={create.isPending} disabled={create.isPending}>
          {t("impact.inputs.add")}
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
