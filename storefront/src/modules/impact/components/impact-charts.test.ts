import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { ChannelChart, EarnersChart, MoneyChart, type ChartMonth } from "./impact-charts"

// The charts are server components drawing plain SVG: render them to markup
// and count what they drew.

const months: ChartMonth[] = [
  { label: "Jan 2026", sales: 2_000_000, allocated: 1_200_000, earners: 6 },
  { label: "Feb 2026", sales: 3_500_000, allocated: null, earners: null },
  { label: "Mar 2026", sales: 0, allocated: 0, earners: 7 },
  { label: "Apr 2026", sales: 1_000_000, allocated: 500_000, earners: 8 },
]

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, "g"))?.length ?? 0

describe("MoneyChart", () => {
  const html = renderToStaticMarkup(createElement(MoneyChart, { months, label: "Money per month", sales: "Sales", allocated: "Income", locale: "en" }))

  it("is one labelled image", () => {
    expect(html).toMatch(/^<div role="img" aria-label="Money per month" class="h-64 w-full md:h-72">/)
  })

  it("draws a bar for every figure and none for a withheld month", () => {
    expect(count(html, /<rect /)).toBe(4 + 3)
    expect(count(html, /data-series="sales"/)).toBe(4)
    expect(count(html, /data-series="allocated"/)).toBe(3)
    expect(html).not.toContain("Feb 2026 · Income")
  })

  it("shows each bar's figure on hover and rupiah on the axis", () => {
    expect(html).toContain("<title>Jan 2026 · Sales: Rp\u00a02.000.000</title>")
    expect(html).toContain("<title>Jan 2026 · Income: Rp\u00a01.200.000</title>")
    expect(html).toContain(">Rp 4M</text>")
    expect(html).toContain(">Sales</li>")
  })

  it("stays whole when every figure is zero or there is none", () => {
    const zero = renderToStaticMarkup(createElement(MoneyChart, { months: [{ label: "Jan 2026", sales: 0, allocated: null, earners: null }], label: "x", sales: "S", allocated: "A", locale: "id" }))
    expect(zero).not.toContain("NaN")
    expect(zero).not.toContain("Infinity")
    const empty = renderToStaticMarkup(createElement(MoneyChart, { months: [], label: "x", sales: "S", allocated: "A", locale: "id" }))
    expect(count(empty, /<rect /)).toBe(0)
    expect(empty).not.toContain("NaN")
  })
})

describe("EarnersChart", () => {
  const html = renderToStaticMarkup(createElement(EarnersChart, { months, label: "Earners", series: "Earned" }))

  it("breaks the line at a withheld month, and marks every month with a figure", () => {
    // Jan alone before the withheld Feb gets a dot only; Mar–Apr is one line.
    expect(count(html, /<polyline /)).toBe(1)
    expect(count(html, /data-point=""/)).toBe(3)
    expect(html).toContain("<title>Jan 2026 · Earned: 6</title>")
    expect(html).not.toContain("Feb 2026 · Earned")
  })

  it("keeps its line 3px wide whatever the box", () => {
    expect(html).toContain('preserveAspectRatio="none"')
    expect(html).toContain('vector-effect="non-scaling-stroke"')
    expect(html).toContain('stroke-width="3"')
  })

  it("draws two lines when a withheld month falls between two runs", () => {
    const split = renderToStaticMarkup(
      createElement(EarnersChart, { months: [5, 6, null, 7, 8].map((earners, i) => ({ label: `M${i}`, sales: 0, allocated: null, earners })), label: "x", series: "E" }),
    )
    expect(count(split, /<polyline /)).toBe(2)
  })
})

describe("ChannelChart", () => {
  it("draws one bar per channel with its label and figure", () => {
    const html = renderToStaticMarkup(
      createElement(ChannelChart, {
        channels: [
          { label: "Online shop", sales: 4_000_000 },
          { label: "Consignment", sales: 1_000_000 },
        ],
        label: "Channels",
        sales: "Sales",
        locale: "id",
      }),
    )
    expect(count(html, /<rect /)).toBe(2)
    expect(html).toContain(">Online shop</text>")
    expect(html).toContain("<title>Consignment · Sales: Rp\u00a01.000.000</title>")
    expect(html).toContain(">Rp 4\u00a0jt</text>")
  })
})
