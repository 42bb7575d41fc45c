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
}

/**
 * Lighthouse's mobile run (its default: a mid-range phone, throttled) with the
 * machine's Chromium, headless, one page at a time. JavaScript bytes are what
 * the page transferred as scripts.
 */
export async function audit(name: string, url: string): Promise<PageAudit> {
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
    const report = result.lhr
    const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100)
    const requests = report.audits["network-requests"]?.details
    const items = requests && "items" in requests ? (requests.items as Record<string, unknown>[]) : []
    const scripts = items.filter((i) => i.resourceType === "Script")
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
    }
  } finally {
    chrome.kill()
  }
}
