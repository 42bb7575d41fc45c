import { Button, Input, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSaveRevenueShareRule } from "../../hooks/api/revenue-shares"
import { useKaryaTranslation } from "../../lib/i18n"
import { errorMessage } from "../../lib/sdk"
import { BUCKET_CODES, bucketLabels, type BucketCode } from "./labels"

export type Bucket = { code: BucketCode; basis_points: number }
export type Option = { id: string; name: string }

type Props = {
  /** A new version of this rule's scope; without it, a rule for a scope chosen in the form. */
  baseRuleId?: string
  initialName: string
  initialBuckets: Bucket[]
  cohorts?: Option[]
  channels?: Option[]
  onSaved: () => void
  onCancel: () => void
}

const TOTAL = 10_000
const NONE = "__none__"

/**
 * The rule form: buckets in basis points with their sum shown as you type
 * (it must be exactly 10.000), and the server's own validation message
 * (sum, a date another version already starts on, an outlet bucket off an
 * outlet channel, a used rule) shown as it comes back.
 */
export const RuleForm = ({ baseRuleId, initialName, initialBuckets, cohorts, channels, onSaved, onCancel }: Props) => {
  const { t, format } = useKaryaTranslation()
  const labels = bucketLabels(t)
  const [name, setName] = useState(initialName)
  const [effectiveFrom, setEffectiveFrom] = useState("")
  const [cohortId, setCohortId] = useState(NONE)
  const [channelId, setChannelId] = useState(NONE)
  const [buckets, setBuckets] = useState<Bucket[]>(initialBuckets)
  const saveRule = useSaveRevenueShareRule(baseRuleId)
  const busy = saveRule.isPending
  const error = saveRule.error ? errorMessage(saveRule.error, t) : null
  const sum = buckets.reduce((a, b) => a + (Number.isFinite(b.basis_points) ? b.basis_points : 0), 0)

  const setBucket = (i: number, change: Partial<Bucket>) => setBuckets((list) => list.map((b, j) => (j === i ? { ...b, ...change } : b)))
  const unused = BUCKET_CODES.filter((c) => !buckets.some((b) => b.code === c))

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const body = { name, effective_from: effectiveFrom, buckets }
    try {
      // Resolves once the rules have been read again.
      await saveRule.mutateAsync(
        baseRuleId ? body : { ...body, cohort_id: cohortId === NONE ? null : cohortId, sales_channel_id: channelId === NONE ? null : channelId }
      )
      onSaved()
    } catch {
      // The server's refusal (sum, date, outlet bucket, used rule) is shown from saveRule.error.
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4 rounded-lg border p-4" aria-label={baseRuleId ? t("revenueShares.newVersion") : t("revenueShares.newRule")}>
      <div className="grid grid-cols-2 gap-4">
        <div className="flex flex-col gap-1">
          <Label htmlFor="rule-name">{t("revenueShares.form.ruleName")}</Label>
          <Input id="rule-name" value={name} required onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="rule-effective-from">{t("revenueShares.effectiveFrom")}</Label>
          <Input id="rule-effective-from" type="date" value={effectiveFrom} required onChange={(e) => setEffectiveFrom(e.target.value)} />
        </div>
        {cohorts && (
          <div className="flex flex-col gap-1">
            <Label>{t("revenueShares.form.cohort")}</Label>
            <Select value={cohortId} onValueChange={setCohortId}>
              <Select.Trigger aria-label={t("revenueShares.form.cohort")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>{t("revenueShares.form.allCohorts")}</Select.Item>
                {cohorts.map((c) => (
                  <Select.Item key={c.id} value={c.id}>
                    {c.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        )}
        {channels && (
          <div className="flex flex-col gap-1">
            <Label>{t("revenueShares.form.channel")}</Label>
            <Select value={channelId} onValueChange={setChannelId}>
              <Select.Trigger aria-label={t("revenueShares.form.channel")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>{t("revenueShares.form.allChannels")}</Select.Item>
                {channels.map((c) => (
                  <Select.Item key={c.id} value={c.id}>
                    {c.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        )}
      </div>
      <div className="flex flex-col gap-2">
        <Text size="small" weight="plus">
          {t("revenueShares.form.buckets")}
        </Text>
        {buckets.map((b, i) => (
          <div key={b.code} className="flex items-center gap-2" data-testid="bucket-row">
            <Text size="small" className="w-48">
              {labels[b.code]}
            </Text>
            <Input
              type="number"
              min={0}
              max={TOTAL}
              step={1}
              className="w-32"
              aria-label={t("revenueShares.form.basisPointsOf", { bucket: labels[b.code] })}
              value={Number.isFinite(b.basis_points) ? b.basis_points : ""}
              onChange={(e) => setBucket(i, { basis_points: e.target.value === "" ? NaN : Number(e.target.value) })}
            />
            <Button type="button" size="small" variant="transparent" onClick={() => setBuckets((list) => list.filter((_, j) => j !== i))}>
              {t("revenueShares.form.remove")}
            </Button>
          </div>
        ))}
        {unused.length > 0 && (
          <div className="flex gap-2">
            {unused.map((code) => (
              <Button key={code} type="button" size="small" variant="secondary" onClick={() => setBuckets((list) => [...list, { code, basis_points: 0 }])}>
                + {labels[code]}
              </Button>
            ))}
          </div>
        )}
        <Text size="small" data-testid="bucket-sum" className={sum === TOTAL ? "text-ui-fg-subtle" : "text-ui-fg-error"}>
          {sum === TOTAL
            ? t("revenueShares.form.sumOk", { sum: format.number(sum), total: format.number(TOTAL) })
            : t("revenueShares.form.sumOff", { sum: format.number(sum), total: format.number(TOTAL), difference: format.number(TOTAL - sum) })}
        </Text>
      </div>
      {error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="small" isLoading={busy} disabled={busy}>
          {t("common.save")}
        </Button>
        <Button type="button" size="small" variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  )
}
