import { cpus, loadavg, totalmem } from "node:os"
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { PageAudit } from "./lighthouse"
import type { LoadResult } from "./load-tool"
import type { Quiet } from "./quiet"

/** A load figure with the baseline it is compared with (rps over the baseline's rps). */
export type Row = LoadResult & { baseline?: string; ratio?: number; note?: string }

export type Report = {
  date: string
  machine: string
  quick: boolean
  caching: boolean
  rows: Row[]
  lighthouse: PageAudit[]
  /** The longest wait for an idle machine before a Lighthouse audit, and how busy the CPUs were when it began. */
  quiet?: Quiet
  checkout?: { orders: number; captured: number; allocated: number; entries: number }
  /** Parts that could not be measured, and why. */
  failures: string[]
}

export function machine(): string {
  const cpu = cpus()
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, load ${loadavg()[0]!.toFixed(1)} at start, Node ${process.version}`
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1))
/** A ratio to a baseline that answered nothing would be meaningless. */
const ratio = (r: Row, baselineAnswered: boolean) =>
  !r.baseline ? "baseline" : baselineAnswered ? `${((r.ratio ?? 0) * 100).toFixed(1)}% of ${r.baseline}` : `n/a: ${r.baseline} answered nothing`
/** A load with no response at all has no latency to show, rather than a zero. */
const latency = (r: Row, n: number) => (r.requests ? ms(n) : "—")

/** Which of several runs the figures are, and when that run's browser painted against its scripts' arrival. */
function runsNote(a: PageAudit): string {
  const runs = a.runs && a.runs.length > 1 ? `median of ${a.runs.length} runs, scores ${a.runs.join(" / ")}` : ""
  const paint = a.observedPaintMs !== undefined ? `painted at ${ms(a.observedPaintMs)} ms, load event ${ms(a.observedLoadMs ?? 0)} ms unthrottled` : ""
  const parts = [runs, paint].filter(Boolean)
  return parts.length ? ` (${parts.join("; ")})` : ""
}

/** The one table `npm run bench` prints (Markdown, so the README can carry it as is). */
export function table(report: Report): string {
  const lines = [
    `${report.date} · ${report.machine}${report.quick ? " · quick mode" : ""}${report.caching ? "" : " · MEDUSA_FF_CACHING=false (store cache off)"}`,
    "",
    "| measure | connections | req/s | p50 ms | p95 ms | p99 ms | errors | ratio to baseline |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...report.rows.map(
      (r) =>
        `| ${r.name}${r.note ? ` (${r.note})` : ""} | ${r.connections} | ${r.rps.toFixed(1)} | ${latency(r, r.p50)} | ${latency(r, r.p95)} | ${latency(r, r.p99)} | ${r.errors} | ${ratio(r, Number.isFinite(r.ratio))} |`
    ),
    ...report.lighthouse.map(
      (a) =>
        `| Lighthouse mobile: ${a.name}${runsNote(a)} | | | | | | | performance ${a.performance} (target 95: ${(a.performance / 95).toFixed(2)}), LCP ${ms(a.lcpMs)} ms, CLS ${a.cls.toFixed(3)}, TBT ${ms(a.tbtMs)} ms, JS ${a.jsKiB.toFixed(0)} KiB; a11y ${a.accessibility}, best practices ${a.bestPractices}, SEO ${a.seo} |`
    ),
    ...(report.quiet && report.lighthouse.length
      ? [`\nLighthouse audited each page once the CPUs were below 15% busy for 5 s (longest wait ${(report.quiet.waitedMs / 1000).toFixed(0)} s${report.quiet.busy !== undefined ? `, ${(report.quiet.busy * 100).toFixed(0)}% busy when it began` : ""}).`]
      : []),
    ...report.failures.map((f) => `\nNot measured: ${f}`),
  ]
  return lines.join("\n")
}

/** Writes the report as JSON under <data>/bench/: one file per run and latest.json. */
export function save(dir: string, report: Report): string {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `load-${report.date.replace(/[:.]/g, "-")}.json`)
  writeFileSync(file, JSON.stringify(report, null, 2))
  writeFileSync(path.join(dir, "latest.json"), JSON.stringify(report, null, 2))
  return file
}
