import { describe, expect, it } from "vitest"
import { servedImageType } from "./served-type"

const JPEG = [0xff, 0xd8, 0xff, 0xe0]
const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)))

describe("the type an upload is served as", () => {
  it("follows the bytes, not the name", () => {
    expect(servedImageType("x.html", bytes(JPEG, "<html><script>alert(1)</script>"))).toBe("image/jpeg")
    expect(servedImageType("x.png", bytes(JPEG))).toBe("image/jpeg")
    expect(servedImageType("x.jpg", bytes("<html><script>alert(1)</script>"))).toBeNull()
    expect(servedImageType("x.html", bytes("<html>"))).toBeNull()
  })

  it("serves an SVG only when named .svg and starting as markup", () => {
    expect(servedImageType("kohort.svg", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe("image/svg+xml")
    expect(servedImageType("kohort.svg", bytes("\uFEFF\n<?xml version='1.0'?><svg/>"))).toBe("image/svg+xml")
    expect(servedImageType("kohort.svg", bytes("MZ\u0090\u0000"))).toBeNull()
  })
})
