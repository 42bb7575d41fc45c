import { describe, expect, it } from "vitest"
import { PROVINCES, provinceLabel, provinceOf } from "./provinces"

describe("provinces", () => {
  it("reads a province by its name or its ISO 3166-2 code, in any case", () => {
    expect(provinceOf("Sumatera Selatan")).toBe("Sumatera Selatan")
    expect(provinceOf("id-ss")).toBe("Sumatera Selatan")
    expect(provinceOf("ID-JK")).toBe("DKI Jakarta")
    expect(provinceOf("id-pd")).toBe("Papua Barat Daya")
    expect(provinceOf("id-xx")).toBeUndefined()
    expect(provinceOf("Sumsel")).toBeUndefined()
    expect(provinceOf(null)).toBeUndefined()
  })

  it("names every one of the 38 provinces by exactly one code", () => {
    const named = new Set(["ac", "su", "sb", "ri", "kr", "ja", "be", "ss", "bb", "la", "bt", "jk", "jb", "jt", "yo", "ji", "ba", "nb", "nt", "kb", "kt", "ks", "ki", "ku", "sa", "go", "st", "sr", "sn", "sg", "ma", "mu", "pa", "pb", "pd", "pt", "pe", "ps"].map((c) => provinceOf(`id-${c}`)))
    expect(named.size).toBe(PROVINCES.length)
    expect([...named].sort()).toEqual([...PROVINCES].sort())
  })

  it("labels a code with its name and leaves any other text as written", () => {
    expect(provinceLabel("id-ss")).toBe("Sumatera Selatan")
    expect(provinceLabel("Provinsi X")).toBe("Provinsi X")
    expect(provinceLabel(undefined)).toBe("")
  })
})
