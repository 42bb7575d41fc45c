import type { ReactNode } from "react"

/** One headline figure: a big number, what it counts, and a short hint (why it is withheld, what it means). */
export function FigureCard({ label, value, hint, testId }: { label: string; value: ReactNode; hint?: string; testId?: string }) {
  return (
    <div className="flex flex-col rounded-lg border border-line bg-white p-3 sm:p-4" data-testid={testId}>
      <dt className="order-2 text-sm text-muted">{label}</dt>
      {/* Large rupiah ("Rp 123.456.789") must fit half a phone's width and a quarter of a desktop row: no larger than 2xl. */}
      <dd className="order-1 text-lg font-bold [overflow-wrap:anywhere] text-maroon sm:text-2xl">{value}</dd>
      {hint ? <dd className="order-3 mt-1 text-xs text-muted">{hint}</dd> : null}
    </div>
  )
}
