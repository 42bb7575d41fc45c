import { describe, expect, it } from "vitest"
import { summarize } from "./text"

describe("summarize", () => {
  it("keeps short text and collapses whitespace", () => {
    expect(summarize("  Keripik   pisang\nrenyah ")).toBe("Keripik pisang renyah")
    expect(summarize(null)).toBe("")
  })

  it("cuts long text at a word boundary with an ellipsis", () => {
    const text = "kata ".repeat(60)
    const summary = summarize(text, 40)
    expect(summary.length).toBeLessThanOrEqual(40)
    expect(summary.endsWith("kata…")).toBe(true)
  })
})
