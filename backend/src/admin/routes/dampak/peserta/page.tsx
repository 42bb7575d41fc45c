import type { AdminParticipant } from "@karya-binaan/contract"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, usePrompt } from "@medusajs/ui"
import { useMemo, useState, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { AREAS, SELECT_CLASS, areaLabel } from "../../../components/impact/labels"
import { Pager } from "../../../components/pager"
import { PARTICIPANT_STATUSES, facilityTypeLabel, participantStatusLabel } from "../../../components/impact/participant-labels"
import { useCohorts } from "../../../hooks/api/cohorts"
import { useMoveParticipant, useParticipants, type ParticipantQuery } from "../../../hooks/api/participants"
import { WideTable } from "../../../components/wide-table"
import { useKaryaTranslation } from "../../../lib/i18n"
import { errorMessage } from "../../../lib/sdk"

const PAGE = 50

const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-1">
    <Label htmlFor={id} size="small">
      {label}
    </Label>
    {children}
  </div>
)

type Cohort = { id: string; name: string; facility_type: string }

/**
 * Dampak → Peserta: participants by code with their status and cohort (no
 * names), and moving a released participant (or a klien) who keeps producing
 * to a Bapas cohort — same code, same history (POST /admin/participants/:id/move).
 * Not in the sidebar: reached from the Dampak page.
 */
const ParticipantsPage = () => {
  const { t, format } = useKaryaTranslation()
  const [cohortId, setCohortId] = useState("")
  const [status, setStatus] = useState("released")
  const [code, setCode] = useState("")
  const [offset, setOffset] = useState(0)
  const query = useMemo<ParticipantQuery>(() => {
    const q = code.trim()
    return { limit: PAGE, offset, ...(cohortId && { cohort_id: cohortId }), ...(status && { status }), ...(q && { q }) }
  }, [cohortId, status, code, offset])
  const { data, error: loadError, isFetching } = useParticipants(query)
  const cohortsRead = useCohorts({ limit: 100, fields: "id,name,facility_type" })
  const cohorts = (cohortsRead.data?.cohorts ?? []) as Cohort[]
  const bapas = cohorts.filter((c) => c.facility_type === "bapas")
  const move = useMoveParticipant()
  const prompt = usePrompt()
  const [targets, setTargets] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  // A new filter starts at the first page.
  const filter = (apply: () => void) => {
    apply()
    setOffset(0)
  }

  const onMove = async (p: AdminParticipant) => {
    const target = bapas.find((c) => c.id === targets[p.id])
    if (!target) return
    setError(null)
    setDone(null)
    const confirmed = await prompt({
      title: t("impact.participants.confirmTitle", { code: p.code, cohort: target.name }),
      description: t("impact.participants.confirmDescription", { cohort: target.name }),
      confirmText: t("impact.participants.confirm"),
      cancelText: t("common.cancel"),
    })
    if (!confirmed) return
    try {
      await move.mutateAsync({ id: p.id, cohort_id: target.id })
      setDone(t("impact.participants.moved", { code: p.code, cohort: target.name }))
    } catch (err) {
      setError(t("impact.participants.notMoved", { code: p.code, reason: errorMessage(err, t) }))
    }
  }

  const participants = data?.participants
  const count = data?.count ?? 0
  const shown = error ?? (loadError ? errorMessage(loadError, t) : null)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-1 px-6 py-4">
        <Link to="/dampak" className="txt-compact-small text-ui-fg-interactive hover:underline">
          ← {t("impact.participants.back")}
        </Link>
        <Heading level="h1">{t("impact.participants.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("impact.participants.intro")}
        </Text>
      </div>
      <div className="grid grid-cols-1 gap-3 px-6 py-4 sm:grid-cols-3">
        <Field id="participants-cohort" label={t("impact.filters.cohort")}>
          <select id="participants-cohort" className={SELECT_CLASS} value={cohortId} onChange={(e) => filter(() => setCohortId(e.target.value))}>
            <option value="">{t("impact.filters.all")}</option>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="participants-status" label={t("common.status")}>
          <select id="participants-status" className={SELECT_CLASS} value={status} onChange={(e) => filter(() => setStatus(e.target.value))}>
            <option value="">{t("impact.filters.all")}</option>
            {PARTICIPANT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {participantStatusLabel(t, s)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="participants-code" label={t("impact.participants.code")}>
          <Input
            id="participants-code"
            size="small"
            type="search"
            autoComplete="off"
            placeholder={t("impact.participants.codePlaceholder")}
            value={code}
            onChange={(e) => filter(() => setCode(e.target.value))}
          />
        </Field>
      </div>
      <div className="flex flex-col gap-3 px-6 py-4">
        {shown && (
          <Text role="alert" size="small" className="text-ui-fg-error">
            {shown}
          </Text>
        )}
        {done && (
          <Text role="status" size="small" className="text-ui-fg-interactive">
            {done}
          </Text>
        )}
        {!participants && !loadError && <Text size="small">{t("common.loading")}</Text>}
        {participants?.length === 0 && <Text className="text-ui-fg-subtle">{t("impact.participants.empty")}</Text>}
        {cohortsRead.data && !bapas.length && <Text size="small">{t("impact.participants.noBapas")}</Text>}
        {participants && participants.length > 0 && (
          // A phone scrolls the table sideways; the code column stays first.
          <WideTable className="min-w-[860px]" data-testid="participants-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("impact.participants.code")}</Table.HeaderCell>
                <Table.HeaderCell>{t("impact.filters.cohort")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("impact.filters.area")}</Table.HeaderCell>
                <Table.HeaderCell>{t("impact.participants.period")}</Table.HeaderCell>
                <Table.HeaderCell>{t("impact.participants.moveTo")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {participants.map((p) => {
                const inBapas = p.cohort.facility_type === "bapas"
                const selectId = `move-${p.id}`
                return (
                  <Table.Row key={p.id} data-participant-code={p.code}>
                    <Table.Cell className="font-mono whitespace-nowrap">{p.code}</Table.Cell>
                    <Table.Cell className="min-w-[200px]">
                      <div className="flex flex-col items-start gap-1 py-2">
                        <span>{p.cohort.name ?? p.cohort.id}</span>
                        <Badge size="2xsmall" color={inBapas ? "green" : "grey"} className="w-fit">
                          {facilityTypeLabel(t, p.cohort.facility_type)}
                        </Badge>
                      </div>
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{participantStatusLabel(t, p.status)}</Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{p.area && AREAS.includes(p.area) ? areaLabel(t, p.area) : t("impact.participants.cohortArea")}</Table.Cell>
                    <Table.Cell className="whitespace-nowrap">
                      {p.joined_on || p.left_on
                        ? `${p.joined_on ? format.day(`${p.joined_on}T12:00:00+07:00`) : "…"} – ${p.left_on ? format.day(`${p.left_on}T12:00:00+07:00`) : ""}`
                        : "—"}
                    </Table.Cell>
                    <Table.Cell>
                      {inBapas ? (
                        <Text size="small" className="text-ui-fg-subtle">
                          {t("impact.participants.inBapas")}
                        </Text>
                      ) : (
                        <div className="flex flex-col items-start gap-2 py-2">
                          <label htmlFor={selectId} className="sr-only">
                            {t("impact.participants.pickBapasFor", { code: p.code })}
                          </label>
                          <select
                            id={selectId}
                            className={`${SELECT_CLASS} w-56`}
                            value={targets[p.id] ?? ""}
                            onChange={(e) => setTargets({ ...targets, [p.id]: e.target.value })}
                          >
                            <option value="">{t("impact.participants.pickBapas")}</option>
                            {bapas.map((c) => (
                              <option key={c.id} value={c.id}>
                                {c.name}
                              </option>
                            ))}
                          </select>
                          <Button
                            size="small"
                            variant="secondary"
                            className="shrink-0 whitespace-nowrap"
                            disabled={!targets[p.id]}
                            isLoading={move.isPending && move.variables?.id === p.id}
                            onClick={() => onMove(p)}
                          >
                            {t("impact.participants.move")}
                          </Button>
                        </div>
                      )}
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </WideTable>
        )}
        {count > 0 && <Pager offset={offset} count={count} page={PAGE} onOffset={setOffset} loading={isFetching} />}
      </div>
    </Container>
  )
}

export default ParticipantsPage
