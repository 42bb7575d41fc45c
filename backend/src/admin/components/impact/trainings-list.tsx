import { Badge, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useImpactTrainings } from "../../hooks/api/impact"
import { useKaryaTranslation } from "../../lib/i18n"
import { errorMessage } from "../../lib/sdk"
import { Pager } from "../pager"
import { skillLineLabel } from "./labels"
import { WideTable } from "../wide-table"

const PAGE = 20

/** Every cohort's trainings and study visits, newest first (coordinators record them in the portal). */
export const TrainingsList = ({ cohortNames }: { cohortNames: Map<string, string> }) => {
  const { t, format } = useKaryaTranslation()
  const [offset, setOffset] = useState(0)
  const { data, error } = useImpactTrainings()
  const trainings = data?.trainings.slice(offset, offset + PAGE)
  const count = data?.trainings.length ?? 0

  return (
    <div className="flex flex-col gap-3 px-6 py-4">
      <div>
        <Heading level="h2">{t("impact.trainings.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("impact.trainings.intro")}
        </Text>
      </div>
      {error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {errorMessage(error, t)}
        </Text>
      )}
      {trainings?.length === 0 && <Text className="text-ui-fg-subtle">{t("impact.trainings.empty")}</Text>}
      {trainings && trainings.length > 0 && (
        <WideTable>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("impact.trainings.date")}</Table.HeaderCell>
              <Table.HeaderCell>{t("impact.trainings.titleColumn")}</Table.HeaderCell>
              <Table.HeaderCell>{t("impact.filters.cohort")}</Table.HeaderCell>
              <Table.HeaderCell>{t("impact.filters.skillLine")}</Table.HeaderCell>
              <Table.HeaderCell>{t("impact.trainings.place")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("impact.trainings.hours")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("impact.trainings.attendees")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {trainings.map((tr) => (
              <Table.Row key={tr.id} data-training-id={tr.id}>
                <Table.Cell>{format.day(tr.held_on)}</Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-2">
                    {tr.title}
                    {tr.kind === "study_visit" && (
                      <Badge size="2xsmall" color="blue">
                        {t("impact.trainings.studyVisit")}
                      </Badge>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>{cohortNames.get(tr.cohort_id) ?? tr.cohort_id}</Table.Cell>
                <Table.Cell>{skillLineLabel(t, tr.skill_line)}</Table.Cell>
                <Table.Cell>
                  {tr.place}
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {tr.trainer_org}
                  </Text>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{format.number(tr.hours)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{format.number(tr.attendee_count)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </WideTable>
      )}
      {count > PAGE && <Pager offset={offset} count={count} page={PAGE} onOffset={setOffset} />}
    </div>
  )
}
