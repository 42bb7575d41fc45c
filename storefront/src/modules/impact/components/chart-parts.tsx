import type { ReactNode } from "react"
import { labelEvery, pct, position, type Scale } from "./chart-scale"

// The shop's palette (styles/globals.css): maroon and gold on cream, leaf for people.
export const COLORS = { sales: "#7b1e1e", allocated: "#c9962b", earners: "#2c5a36", grid: "#dccbad", text: "#5b4636" }
export const TEXT = { fill: COLORS.text, fontSize: 12 } as const

/**
 * Each chart's figures are also in a table under it (rendered on the server):
 * the drawing itself is one labelled image for screen readers.
 */
export function ChartFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="img" aria-label={label} className="h-64 w-full md:h-72">
      <div className="flex h-full flex-col">{children}</div>
    </div>
  )
}

/**
 * The plot area as an SVG whose own box is the plot: bars, grid and points use
 * percentages of it, so the drawing follows the box's width and height while
 * text and strokes keep their pixel size (a scaled viewBox would shrink 12px
 * labels to ~6px on a phone). Axis labels overflow into the padding
 * (`inset`, in Tailwind classes, e.g. "left-[84px]"), which holds them.
 */
export function Plot({ inset, children }: { inset: string; children: ReactNode }) {
  return (
    <div className="relative min-h-0 flex-1">
      <div className={`absolute ${inset}`}>
        <svg className="absolute inset-0 h-full w-full overflow-visible" aria-hidden="true" focusable="false">
          {children}
        </svg>
      </div>
    </div>
  )
}

/** Horizontal grid lines with the value labels left of the plot. */
export function ValueAxisLeft({ scale, format }: { scale: Scale; format: (v: number) => string }) {
  return (
    <g>
      {scale.ticks.map((tick) => {
        const y = pct(1 - position(tick, scale))
        return (
          <g key={tick}>
            <line x1="0" x2="100%" y1={y} y2={y} stroke={COLORS.grid} shapeRendering="crispEdges" />
            <text x={-8} y={y} dy="0.32em" textAnchor="end" {...TEXT}>
              {format(tick)}
            </text>
          </g>
        )
      })}
    </g>
  )
}

/**
 * Vertical grid lines with the value labels under the plot. On phones only
 * every other label shows (five "Rp 12,3 jt" do not fit in ~200px); the last
 * one ends at the edge rather than overflowing it.
 */
export function ValueAxisBottom({ scale, format }: { scale: Scale; format: (v: number) => string }) {
  return (
    <g>
      {scale.ticks.map((tick, i) => {
        const x = pct(position(tick, scale))
        const last = i === scale.ticks.length - 1 && i > 0
        return (
          <g key={tick}>
            <line x1={x} x2={x} y1="0" y2="100%" stroke={COLORS.grid} shapeRendering="crispEdges" />
            <text x={x} y="100%" dy="1.4em" textAnchor={last ? "end" : "middle"} className={i % 2 ? "hidden md:inline" : undefined} {...TEXT}>
              {format(tick)}
            </text>
          </g>
        )
      })}
    </g>
  )
}

// How many month labels ("Agu 2026", ~55px) fit under a plot: a 390px phone
// leaves ~230px, one chart per row (md) ~600px, two per row (lg) ~420px.
const MONTH_LABELS_FIT = { phone: 3, md: 9, lg: 6 }

/**
 * Month labels under the middle of each month's slot, thinned per screen size
 * with Tailwind's display classes, so no label runs into the next.
 */
export function MonthAxis({ labels, middle }: { labels: string[]; middle: (index: number) => number }) {
  const every = {
    phone: labelEvery(labels.length, MONTH_LABELS_FIT.phone),
    md: labelEvery(labels.length, MONTH_LABELS_FIT.md),
    lg: labelEvery(labels.length, MONTH_LABELS_FIT.lg),
  }
  return (
    <g>
      {labels.map((label, i) => {
        const shown = [i % every.phone ? "hidden" : "", i % every.md ? "md:hidden" : "md:inline", i % every.lg ? "lg:hidden" : "lg:inline"]
        return (
          <text key={i} x={pct(middle(i))} y="100%" dy="1.4em" textAnchor="middle" className={shown.join(" ").trim()} {...TEXT}>
            {label}
          </text>
        )
      })}
    </g>
  )
}

/** The series' names with their colours, above the plot (HTML, so it wraps on a narrow phone). */
export function Legend({ items }: { items: { name: string; color: string }[] }) {
  return (
    <ul className="mb-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-[12px] text-muted">
      {items.map((item) => (
        <li key={item.name} className="flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm" style={{ backgroundColor: item.color }} />
          {item.name}
        </li>
      ))}
    </ul>
  )
}
