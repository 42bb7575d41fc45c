import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import type { RevenueShareRule as Rule } from "@karya-binaan/contract"
import { useState } from "react"
import { bucketLabel } from "../../components/revenue-shares/labels"
import { RuleForm, type Bucket } from "../../components/revenue-shares/rule-form"
import { useCohorts } from "../../hooks/api/cohorts"
import { useRevenueShareRules } from "../../hooks/api/revenue-shares"
import { useSalesChannels } from "../../hooks/api/sales-channels"
import { useKaryaTranslation, type Translate } from "../../lib/i18n"
import { errorMessage } from "../../lib/sdk"
import { WideTable } from "../../components/wide-table"

// Bucket codes come from the revenue-share module's own list, which the form knows by name.
const bucketsOf = (r: Rule) => r.buckets as Bucket[]

const scopeKey = (r: Rule) => `${r.cohort_id ?? ""}|${r.sales_channel_id ?? ""}`
const scopeLabel = (t: Translate, r: Rule) =>
  [
    r.cohort ? t("revenueShares.scopeCohort", { name: r.cohort.name }) : null,
    r.sales_channel?.is_outlet ? t("revenueShares.scopeOutletChannel", { name: r.sales_channel.name }) : null,
    r.sales_channel && !r.sales_channel.is_outlet ? t("revenueShares.scopeChannel", { name: r.sales_channel.name }) : null,
  ]
    .filter(Boolean)
    .join(" · ") || t("revenueShares.scopeGeneral")

/** Revenue-share rules by scope, newest version first; a change is a new version from a date. */
const RevenueSharesPage = () => {
  const { t, format } = useKaryaTranslation()
  const { data, error } = useRevenueShareRules()
  const rules = data?.revenue_share_rules
  const [editing, setEditing] = useState<string | null>(null)
  // A new scope's cohorts and channels are read once the operator asks for one.
  const [wantsScopes, setWantsScopes] = useState(false)
  const cohorts = useCohorts({ limit: 100, fields: "id,name" }, { enabled: wantsScopes })
  const channels = useSalesChannels({ limit: 100, fields: "id,name" }, { enabled: wantsScopes })
  const options =
    cohorts.data && channels.data
      ? {
          cohorts: cohorts.data.cohorts.map((c) => ({ id: c.id, name: c.name ?? c.id })),
          channels: channels.data.sales_channels.map((c) => ({ id: c.id, name: c.name })),
        }
      : null
  const failed = error ?? cohorts.error ?? channels.error
  const loadError = failed ? errorMessage(failed, t) : null

  const openNewScope = () => {
    setEditing("new")
    setWantsScopes(true)
  }

  // The rules are read again by the save itself (the hook invalidates them).
  const saved = () => setEditing(null)

  const scopes = new Map<string, Rule[]>()
  for (const r of rules ?? []) scopes.set(scopeKey(r), [...(scopes.get(scopeKey(r)) ?? []), r])

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("revenueShares.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("revenueShares.intro")}
          </Text>
          {data && data.count > (rules?.length ?? 0) ? (
            <Text size="small" className="text-ui-fg-error" role="status">
              {t("revenueShares.moreThanShown", { shown: rules?.length ?? 0, count: data.count })}
            </Text>
          ) : null}
        </div>
        <Button size="small" variant="secondary" onClick={openNewScope}>
          {t("revenueShares.newRule")}
        </Button>
      </div>
      {loadError && (
        <Text role="alert" className="text-ui-fg-error px-6 py-4">
          {loadError}
        </Text>
      )}
      {editing === "new" && options && (
        <div className="px-6 py-4">
          <RuleForm
            initialName=""
            initialBuckets={[{ code: "participants", basis_points: 5000 }, { code: "material_fund", basis_points: 2000 }, { code: "facility", basis_points: 1500 }, { code: "platform", basis_points: 1500 }]}
            cohorts={options.cohorts}
            channels={options.channels}
            onSaved={saved}
            onCancel={() => setEditing(null)}
          />
        </div>
      )}
      {!rules && !loadError && <Text className="px-6 py-4">{t("common.loading")}</Text>}
      {[...scopes.values()].map((versions) => {
        const latest = versions[0]
        return (
          <section key={scopeKey(latest)} className="flex flex-col gap-3 px-6 py-4" data-testid="rule-scope" aria-label={scopeLabel(t, latest)}>
            <div className="flex items-center justify-between">
              <Heading level="h2">{scopeLabel(t, latest)}</Heading>
              <Button size="small" variant="secondary" onClick={() => setEditing(latest.id)}>
                {t("revenueShares.newVersion")}
              </Button>
            </div>
            {editing === latest.id && (
              <RuleForm baseRuleId={latest.id} initialName={latest.name} initialBuckets={bucketsOf(latest)} onSaved={saved} onCancel={() => setEditing(null)} />
            )}
            <WideTable>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("revenueShares.version")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("revenueShares.name")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("revenueShares.effectiveFrom")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("revenueShares.buckets")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {versions.map((r) => (
                  <Table.Row key={r.id} data-testid="rule-version">
                    <Table.Cell>v{r.version}</Table.Cell>
                    <Table.Cell>{r.name}</Table.Cell>
                    <Table.Cell>{format.day(r.effective_from)}</Table.Cell>
                    <Table.Cell>{r.buckets.map((b) => `${bucketLabel(t, b.code)} ${format.percent(b.basis_points)}`).join(", ")}</Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={r.used ? "orange" : "grey"} className="whitespace-nowrap">
                        {r.used ? t("revenueShares.used") : t("revenueShares.unused")}
                      </Badge>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </WideTable>
          </section>
        )
      })}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.revenueShares",
  translationNs: "karya",
})

export default RevenueSharesPage
