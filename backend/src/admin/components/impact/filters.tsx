import { Button, Input, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useKaryaTranslation } from "../../lib/i18n"
import type { Quarter } from "../../lib/impact-period"
import { AREAS, CHANNELS, SELECT_CLASS, SKILL_LINES, areaLabel, channelLabel, skillLineLabel } from "./labels"

export type FilterState = {
  preset: string
  from: string
  to: string
  cohort_id: string
  facility: string
  channel: string
  area: string
  skill_line: string
}

export const NO_FILTERS: FilterState = { preset: "all", from: "", to: "", cohort_id: "", facility: "", channel: "", area: "", skill_line: "" }

type Props = {
  value: FilterState
  onChange: (next: FilterState) => void
  quarters: Quarter[]
  cohorts: { id: string; name?: string; facility_name?: string }[]
}

const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-1">
    <Label htmlFor={id} size="small">
      {label}
    </Label>
    {children}
  </div>
)

/** Period preset (whole programme, months, quarters, own dates) and the five filters of the figures query. */
export const ImpactFilters = ({ value, onChange, quarters, cohorts }: Props) => {
  const { t } = useKaryaTranslation()
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch })
  const facilities = [...new Set(cohorts.map((c) => c.facility_name).filter((f): f is string => Boolean(f)))].sort()

  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4" data-print="hide">
      <Field id="impact-period" label={t("impact.filters.period")}>
        <select id="impact-period" className={SELECT_CLASS} value={value.preset} onChange={(e) => set({ preset: e.target.value })}>
          <option value="all">{t("impact.filters.wholeProgramme")}</option>
          <option value="this_month">{t("impact.filters.thisMonth")}</option>
          <option value="last_month">{t("impact.filters.lastMonth")}</option>
          {quarters.map((q) => (
            <option key={q.value} value={q.value}>
              {t("impact.filters.quarter", { quarter: q.quarter, year: q.year })}
            </option>
          ))}
          <option value="custom">{t("impact.filters.custom")}</option>
        </select>
      </Field>
      {value.preset === "custom" && (
        <>
          <Field id="impact-from" label={t("impact.filters.from")}>
            <Input id="impact-from" type="date" size="small" value={value.from} onChange={(e) => set({ from: e.target.value })} />
          </Field>
          <Field id="impact-to" label={t("impact.filters.to")}>
            <Input id="impact-to" type="date" size="small" value={value.to} onChange={(e) => set({ to: e.target.value })} />
          </Field>
        </>
      )}
      <Field id="impact-cohort" label={t("impact.filters.cohort")}>
        <select id="impact-cohort" className={SELECT_CLASS} value={value.cohort_id} onChange={(e) => set({ cohort_id: e.target.value })}>
          <option value="">{t("impact.filters.all")}</option>
          {cohorts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name ?? c.id}
            </option>
          ))}
        </select>
      </Field>
      <Field id="impact-facility" label={t("impact.filters.facility")}>
        <select id="impact-facility" className={SELECT_CLASS} value={value.facility} onChange={(e) => set({ facility: e.target.value })}>
          <option value="">{t("impact.filters.all")}</option>
          {facilities.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </Field>
      <Field id="impact-channel" label={t("impact.filters.channel")}>
        <select id="impact-channel" className={SELECT_CLASS} value={value.channel} onChange={(e) => set({ channel: e.target.value })}>
          <option value="">{t("impact.filters.all")}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelLabel(t, c)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="impact-area" label={t("impact.filters.area")}>
        <select id="impact-area" className={SELECT_CLASS} value={value.area} onChange={(e) => set({ area: e.target.value })}>
          <option value="">{t("impact.filters.all")}</option>
          {AREAS.map((a) => (
            <option key={a} value={a}>
              {areaLabel(t, a)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="impact-skill-line" label={t("impact.filters.skillLine")}>
        <select id="impact-skill-line" className={SELECT_CLASS} value={value.skill_line} onChange={(e) => set({ skill_line: e.target.value })}>
          <option value="">{t("impact.filters.all")}</option>
          {SKILL_LINES.map((s) => (
            <option key={s} value={s}>
              {skillLineLabel(t, s)}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex items-end">
        <Button size="small" variant="transparent" onClick={() => onChange(NO_FILTERS)}>
          {t("impact.filters.reset")}
        </Button>
      </div>
    </div>
  )
}

/** The chosen filters in words, under the period (on paper too, where the selects are hidden). */
export const FilterSummary = ({ filters, cohortNames }: { filters: FilterState; cohortNames: Map<string, string> }) => {
  const { t } = useKaryaTranslation()
  const parts = [
    filters.cohort_id && `${t("impact.filters.cohort")}: ${cohortNames.get(filters.cohort_id) ?? filters.cohort_id}`,
    filters.facility && `${t("impact.filters.facility")}: ${filters.facility}`,
    filters.channel && `${t("impact.filters.channel")}: ${channelLabel(t, filters.channel)}`,
    filters.area && `${t("impact.filters.area")}: ${areaLabel(t, filters.area)}`,
    filters.skill_line && `${t("impact.filters.skillLine")}: ${skillLineLabel(t, filters.skill_line)}`,
  ].filter(Boolean)
  if (!parts.length) return null
  return (
    <Text size="small" className="text-ui-fg-subtle" data-testid="impact-filter-summary">
      {parts.join(" · ")}
    </Text>
  )
}
