import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { ImpactFigures } from "@karya-binaan/contract"
import { useKaryaTranslation } from "../../lib/i18n"
import { areaLabel, channelLabel } from "./labels"

// Medusa UI's palette, readable on screen and on paper.
const COLORS = { allocated: "#3b82f6", paid: "#10b981", sales: "#f59e0b", earned: "#8b5cf6" }

const Panel = ({ title, children }: { title: string; children: ReactNode }) => (
  <div className="flex flex-col gap-2 break-inside-avoid">
    <Heading level="h3">{title}</Heading>
    <div className="h-64 w-full">{children}</div>
  </div>
)

/** Month by month over the period, and the period's split by channel and area (recharts). */
export const ImpactCharts = ({ figures }: { figures: ImpactFigures }) => {
  const { t, format } = useKaryaTranslation()
  const money = (v: unknown) => (typeof v === "number" ? format.money(v) : String(v ?? "—"))
  const channels = figures.by_channel.map((c) => ({ ...c, label: channelLabel(t, c.channel) }))
  const areas = figures.by_area.map((a) => ({ ...a, label: areaLabel(t, a.area) }))

  if (figures.monthly.length === 0) return <Text className="text-ui-fg-subtle px-6 py-4">{t("impact.noData")}</Text>

  return (
    <div className="grid grid-cols-1 gap-6 px-6 py-4 lg:grid-cols-2" data-testid="impact-charts">
      <Panel title={t("impact.charts.money")}>
        <ResponsiveContainer>
          <ComposedChart data={figures.monthly} margin={{ left: 8, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" fontSize={11} />
            <YAxis yAxisId="people" tickFormatter={format.compact} fontSize={11} />
            <YAxis yAxisId="sales" orientation="right" tickFormatter={format.compact} fontSize={11} />
            <Tooltip formatter={money} />
            <Legend />
            <Bar yAxisId="people" dataKey="allocated" name={t("impact.charts.allocated")} fill={COLORS.allocated} />
            <Bar yAxisId="people" dataKey="paid" name={t("impact.charts.paid")} fill={COLORS.paid} />
            <Line yAxisId="sales" dataKey="sales" name={t("impact.charts.sales")} stroke={COLORS.sales} strokeWidth={2} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </Panel>
      <Panel title={t("impact.charts.earners")}>
        <ResponsiveContainer>
          <BarChart data={figures.monthly} margin={{ left: 8, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" fontSize={11} />
            <YAxis allowDecimals={false} fontSize={11} />
            <Tooltip formatter={(v) => (v === null || v === undefined ? t("impact.suppressedShort") : format.number(Number(v)))} />
            <Bar dataKey="participants_earned" name={t("impact.charts.earned")} fill={COLORS.earned} />
          </BarChart>
        </ResponsiveContainer>
      </Panel>
      <Panel title={t("impact.charts.byChannel")}>
        <ResponsiveContainer>
          <BarChart data={channels} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={format.compact} fontSize={11} />
            <YAxis type="category" dataKey="label" width={140} fontSize={11} />
            <Tooltip formatter={money} />
            <Bar dataKey="sales" name={t("impact.charts.sales")} fill={COLORS.sales} />
          </BarChart>
        </ResponsiveContainer>
      </Panel>
      <Panel title={t("impact.charts.byArea")}>
        <ResponsiveContainer>
          <BarChart data={areas} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={format.compact} fontSize={11} />
            <YAxis type="category" dataKey="label" width={140} fontSize={11} />
            <Tooltip formatter={(v) => (v === null || v === undefined ? t("impact.suppressedShort") : money(v))} />
            <Bar dataKey="allocated" name={t("impact.charts.allocated")} fill={COLORS.allocated} />
          </BarChart>
        </ResponsiveContainer>
      </Panel>
    </div>
  )
}
