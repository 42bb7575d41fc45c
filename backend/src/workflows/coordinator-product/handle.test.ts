import { describe, expect, it } from "vitest"
import { handleCandidates, slugOf } from "./handle"

describe("slugOf", () => {
  it("keeps the title readable: lowercase ASCII words, no random tail", () => {
    expect(slugOf("Keripik Tempe Sagu")).toBe("keripik-tempe-sagu")
    expect(slugOf("  Sambal Roa — Pédas!! ")).toBe("sambal-roa-pedas")
  })
  it("falls back to a word when the title has no letters or digits", () => {
    expect(slugOf("—")).toBe("produk")
  })
})

describe("handleCandidates", () => {
  it("tries the slug first, then -2, -3", () => {
    expect(handleCandidates("tas", 3)).toEqual(["tas", "tas-2", "tas-3"])
  })
})
