/**
 * The arithmetic behind the impact charts, kept apart from the drawing so it
 * can be tested: value axes from 0 to a rounded top, category bands, how many
 * labels fit, and where a line breaks. Positions are fractions (0..1) of the
 * plot; the charts turn them into SVG percentages.
 */

export type Scale = {
  /** The value at the top (or right end) of the axis; always > 0. */
  top: number
  /** Tick values from 0 to `top`, evenly spaced, at most `MAX_TICKS`. */
  ticks: number[]
}

export const MAX_TICKS = 5

// Steps a reader can count in: 1, 2, 2.5, 5 times a power of ten.
// 2.5 is skipped below 10 when the values are counts (no "2.5 participants").
const STEPS = [1, 2, 2.5, 5, 10]

/**
 * A value axis from 0 to a "nice" top covering every value, with at most
 * `MAX_TICKS` ticks. Nulls (withheld months) and negatives are ignored; with no
 * positive value the axis runs 0..1 with a single tick at 0, so nothing is
 * ever divided by zero and empty bars sit on the base line.
 */
export function niceScale(values: readonly (number | null)[], { integer = false }: { integer?: boolean } = {}): Scale {
  const max = Math.max(0, ...values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)))
  if (max <= 0) return { top: 1, ticks: [0] }
  const rough = max / (MAX_TICKS - 1)
  const power = 10 ** Math.floor(Math.log10(rough))
  const step =
    STEPS.map((s) => s * power)
      .filter((s) => !integer || Number.isInteger(s))
      .find((s) => s >= rough) ?? 10 * power
  const unit = integer ? Math.max(1, step) : step
  const count = Math.ceil(max / unit - 1e-9)
  // toPrecision trims float noise such as 0.30000000000000004.
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * unit).toPrecision(12)))
  return { top: ticks[ticks.length - 1] ?? unit, ticks }
}

/** Where a value sits on a scale, as a fraction of its length (clamped to 0..1). */
export function position(value: number, scale: Scale): number {
  return Math.min(1, Math.max(0, value / scale.top))
}

/** The slot of category `index` of `count`, as fractions: its start, width and middle. */
export function band(index: number, count: number): { start: number; width: number; middle: number } {
  const width = 1 / Math.max(1, count)
  return { start: index * width, width, middle: (index + 0.5) * width }
}

/** Every how-many-th label to show so that at most `fits` labels share the axis. */
export function labelEvery(count: number, fits: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, fits)))
}

/**
 * A series split where its value is null, so a withheld month breaks the line
 * instead of being drawn as zero or bridged over. Each run keeps its indices.
 */
export function segments(values: readonly (number | null)[]): { index: number; value: number }[][] {
  const runs: { index: number; value: number }[][] = []
  let run: { index: number; value: number }[] = []
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length) runs.push(run)
      run = []
    } else run.push({ index, value })
  })
  if (run.length) runs.push(run)
  return runs
}

/** A fraction as an SVG percentage, short enough for the markup. */
export function pct(fraction: number): string {
  return `${Number((fraction * 100).toFixed(3))}%`
}
