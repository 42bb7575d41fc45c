import { describe, expect, it } from "vitest"
import { pageQuery } from "./list-page"

describe("pageQuery", () => {
  it("reads a 1-based page as limit and offset", () => {
    expect(pageQuery(1, 20)).toEqual({ limit: 20, offset: 0 })
    expect(pageQuery(3, 20)).toEqual({ limit: 20, offset: 40 })
  })

  it("never asks past the offset the backend takes", () => {
    expect(pageQuery(10_000_000, 20)).toEqual({ limit: 20, offset: 1_000_000 })
  })
})
