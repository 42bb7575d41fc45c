import type { AppLocale } from "@/i18n/routing"
import { compactRupiah } from "@/lib/util/impact-format"
import { formatRupiah } from "@/lib/util/money"
import { ChartFrame, COLORS, Legend, MonthAxis, Plot, TEXT, ValueAxisBottom, ValueAxisLeft } from "./chart-parts"
import { band, niceScale, pct, position, segments } from "./chart-scale"

// Plain SVG drawn on the server: these pages ship no chart JavaScript. Hovering
// a bar or point still shows its figure, through the SVG <title> the browser
// displays as a tooltip; the exact figures are in the table under each chart.

export type ChartMonth = { label: string; sales: number; allocated: number | null; earners: number | null }
export type ChartChannel = { label: string; sales: number }

/** Sales and income to participants, month by month. A withheld month has no income bar. */
export function MoneyChart({ months, label, sales, allocated, locale }: { months: ChartMonth[]; label: string; sales: string; allocated: string; locale: AppLocale }) {
  const scale = niceScale(months.flatMap((m) => [m.sales, m.allocated]))
  const height = (value: number) => position(value, scale)
  return (
    <ChartFrame label={label}>
      <Legend
        items={[
          { name: sales, color: COLORS.sales },
          { name: allocated, color: COLORS.allocated },
        ]}
      />
      <Plot inset="top-2 right-2 bottom-6 left-[84px]">
        <ValueAxisLeft scale={scale} format={(v) => compactRupiah(v, locale)} />
        {months.map((m, i) => {
          // Two bars side by side in the middle 80% of the month's slot.
          const slot = band(i, months.length)
          const width = slot.width * 0.38
          const first = slot.start + slot.width * 0.1
          const second = first + width + slot.width * 0.04
          return (
            <g key={i}>
              <rect data-series="sales" x={pct(first)} width={pct(width)} y={pct(1 - height(m.sales))} height={pct(height(m.sales))} fill={COLORS.sales}>
                <title>{`${m.label} · ${sales}: ${formatRupiah(m.sales)}`}</title>
              </rect>
              {m.allocated === null ? null : (
                <rect data-series="allocated" x={pct(second)} width={pct(width)} y={pct(1 - height(m.allocated))} height={pct(height(m.allocated))} fill={COLORS.allocated}>
                  <title>{`${m.label} · ${allocated}: ${formatRupiah(m.allocated)}`}</title>
                </rect>
              )}
            </g>
          )
        })}
        <MonthAxis labels={months.map((m) => m.label)} middle={(i) => band(i, months.length).middle} />
      </Plot>
    </ChartFrame>
  )
}

/** Participants who earned, month by month; withheld months break the line. */
export function EarnersChart({ months, label, series }: { months: ChartMonth[]; label: string; series: string }) {
  const scale = niceScale(
    months.map((m) => m.earners),
    { integer: true },
  )
  const x = (i: number) => band(i, months.length).middle
  const y = (value: number) => 1 - position(value, scale)
  const runs = segments(months.map((m) => m.earners))
  return (
    <ChartFrame label={label}>
      <Plot inset="top-2 right-4 bottom-6 left-10">
        <ValueAxisLeft scale={scale} format={(v) => String(v)} />
        {/* Polylines take no percentages: they sit in a 0..100 viewBox stretched over the plot,
            and non-scaling-stroke keeps the line 3px wide whatever the stretch. */}
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
          {runs
            .filter((run) => run.length > 1)
            .map((run) => (
              <polyline
                key={run[0]?.index}
                points={run.map((p) => `${Number((x(p.index) * 100).toFixed(3))},${Number((y(p.value) * 100).toFixed(3))}`).join(" ")}
                fill="none"
                stroke={COLORS.earners}
                strokeWidth={3}
                strokeLinejoin="round"
                strokeLinecap="round"
                vectorEffect="non-scaling-stroke"
              />
            ))}
        </svg>
        {/* A dot on every month with a figure (so a month alone between withheld ones still shows),
            with a wider transparent ring that makes its tooltip easy to reach. */}
        {runs.flat().map((p) => (
          <g key={p.index} data-point="">
            <title>{`${months[p.index]?.label ?? ""} · ${series}: ${p.value}`}</title>
            <circle cx={pct(x(p.index))} cy={pct(y(p.value))} r={10} fill="transparent" />
            <circle cx={pct(x(p.index))} cy={pct(y(p.value))} r={4} fill={COLORS.earners} />
          </g>
        ))}
        <MonthAxis labels={months.map((m) => m.label)} middle={x} />
      </Plot>
    </ChartFrame>
  )
}

/** Sales per channel (online, outlet wholesale, consignment). */
export function ChannelChart({ channels, label, sales, locale }: { channels: ChartChannel[]; label: string; sales: string; locale: AppLocale }) {
  const scale = niceScale(channels.map((c) => c.sales))
  return (
    <ChartFrame label={label}>
      <Plot inset="top-2 right-4 bottom-6 left-[112px]">
        <ValueAxisBottom scale={scale} format={(v) => compactRupiah(v, locale)} />
        {channels.map((c, i) => {
          const slot = band(i, channels.length)
          return (
            <g key={i}>
              <text x={-8} y={pct(slot.middle)} dy="0.32em" textAnchor="end" {...TEXT}>
                {c.label}
              </text>
              <rect data-series="sales" x="0" width={pct(position(c.sales, scale))} y={pct(slot.start + slot.width * 0.2)} height={pct(slot.width * 0.6)} fill={COLORS.sales}>
                <title>{`${c.label} · ${sales}: ${formatRupiah(c.sales)}`}</title>
              </rect>
            </g>
          )
        })}
      </Plot>
    </ChartFrame>
  )
}
