import { findChromium } from "../stack/chromium"

export type PageAudit = {
  name: string
  performance: number
  lcpMs: number
  cls: number
  tbtMs: number
  jsKiB: number
  accessibility: number
  bestPractices: number
  seo: number
  /** Every run's performance score, in the order run; the figures above are the median run's. */
  runs?: number[]
  /**
   * When the median run's browser first painted, unthrottled on loopback, and
   * when its scripts had all arrived. Lighthouse's model charges every task run
   * before that paint to the LCP, so whether the page painted before React
   * started is what moves LCP by a second or more between runs.
   */
  observedPaintMs?: number
  observedLoadMs?: number
}

type Lhr = import("lighthouse").Result

function summarize(name: string, report: Lhr, runs: number[]): PageAudit {
  const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100)
  const requests = report.audits["network-requests"]?.details
  const items = requests && "items" in requests ? (requests.items as Record<string, unknown>[]) : []
  const scripts = items.filter((i) => i.resourceType === "Script")
  const metrics = report.audits["metrics"]?.details
  const observed = (metrics && "items" in metrics ? metrics.items[0] : {}) as Record<string, number | undefined>
  return {
    name,
    performance: score("performance"),
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? 0,
    cls: report.audits["cumulative-layout-shift"]?.numericValue ?? 0,
    tbtMs: report.audits["total-blocking-time"]?.numericValue ?? 0,
    jsKiB: scripts.reduce((sum, i) => sum + Number(i.transferSize ?? 0), 0) / 1024,
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    runs,
    observedPaintMs: observed.observedFirstContentfulPaint,
    observedLoadMs: observed.observedLoad,
  }
}

/** One Lighthouse mobile run (its default: a mid-range phone, throttled) in a fresh headless Chromium. */
async function once(url: string): Promise<Lhr> {
  const { launch } = await import("chrome-launcher")
  const lighthouse = (await import("lighthouse")).default
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    return result.lhr
  } finally {
    chrome.kill()
  }
}

/**
 * Lighthouse mobile on one page, `runs` times, reported as Lighthouse's own
 * median run (`computeMedianRun`: the run nearest the median FCP and time to
 * interactive), which is how Lighthouse's documentation says to read a score
 * that varies from run to run. JavaScript bytes are what the page transferred
 * as scripts.
 */
export async function audit(name: string, url: string, runs = 3): Promise<PageAudit> {
  const { computeMedianRun } = await import("lighthouse/core/lib/median-run.js")
  const reports: Lhr[] = []
  for (let i = 0; i < runs; i++) reports.push(await once(url))
  const median = computeMedianRun(reports) as Lhr
  return summarize(name, median, reports.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)))
}
