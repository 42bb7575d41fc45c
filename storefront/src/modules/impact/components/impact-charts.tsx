"use client"

import type { ComponentProps } from "react"
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { AppLocale } from "@/i18n/routing"
import { compactRupiah } from "@/lib/util/impact-format"
import { formatRupiah } from "@/lib/util/money"

// The shop's palette (styles/globals.css): maroon and gold on cream, leaf for people.
const COLORS = { sales: "#7b1e1e", allocated: "#c9962b", earners: "#2c5a36", grid: "#dccbad", text: "#5b4636" }
const TICK = { fill: COLORS.text, fontSize: 12 }

export type ChartMonth = { label: string; sales: number; allocated: number | null; earners: number | null }
export type ChartChannel = { label: string; sales: number }

const money = (value: unknown) => (typeof value === "number" ? formatRupiah(value) : "—")

// Each chart's figures are also in a table under it (rendered on the server):
// the drawing itself is one labelled image for screen readers.
function ChartFrame({ label, children }: { label: string; children: ComponentProps<typeof ResponsiveContainer>["children"] }) {
  return (
    <div role="img" aria-label={label} className="h-64 w-full md:h-72">
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  )
}

/** Sales and income to participants, month by month. A withheld month has no income bar. */
export function MoneyChart({ months, label, sales, allocated, locale }: { months: ChartMonth[]; label: string; sales: string; allocated: string; locale: AppLocale }) {
  return (
    <ChartFrame label={label}>
      <BarChart data={months} margin={{ top: 8, right: 8, left: 0, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={TICK} />
        <YAxis tickFormatter={(v: number) => compactRupiah(v, locale)} tick={TICK} width={84} />
        <Tooltip formatter={money} />
        <Legend />
        <Bar dataKey="sales" name={sales} fill={COLORS.sales} isAnimationActive={false} />
        <Bar dataKey="allocated" name={allocated} fill={COLORS.allocated} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  )
}

/** Participants who earned, month by month; withheld months break the line. */
export function EarnersChart({ months, label, series }: { months: ChartMonth[]; label: string; series: string }) {
  return (
    <ChartFrame label={label}>
      <LineChart data={months} margin={{ top: 8, right: 16, left: 0, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={TICK} />
        <YAxis allowDecimals={false} tick={TICK} width={40} />
        <Tooltip />
        <Line type="monotone" dataKey="earners" name={series} stroke={COLORS.earners} strokeWidth={3} isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  )
}

/** Sales per channel (online, outlet wholesale, consignment). */
export function ChannelChart({ channels, label, sales, locale }: { channels: ChartChannel[]; label: string; sales: string; locale: AppLocale }) {
  return (
    <ChartFrame label={label}>
      <BarChart data={channels} layout="vertical" margin={{ top: 8, right: 16, left: 0, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={COLORS.grid} horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => compactRupiah(v, locale)} tick={TICK} />
        <YAxis type="category" dataKey="label" tick={TICK} width={112} />
        <Tooltip formatter={money} />
        <Bar dataKey="sales" name={sales} fill={COLORS.sales} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  )
}
