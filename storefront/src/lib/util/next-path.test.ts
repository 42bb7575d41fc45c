import { describe, expect, it } from "vitest"
import { safeNextPath } from "./next-path"

describe("safeNextPath", () => {
  it("keeps a local path with its query and hash", () => {
    expect(safeNextPath("/akun/alamat")).toBe("/akun/alamat")
    expect(safeNextPath("/en/account/orders?page=2#list")).toBe("/en/account/orders?page=2#list")
  })

  it("refuses other origins, however they are spelled", () => {
    for (const value of [
      "https://evil.example/akun",
      "//evil.example",
      "/\\evil.example",
      "/%09/evil.example".replace("%09", "\t"),
      " /akun",
      "javascript:alert(1)",
      "akun",
      "",
    ]) {
      expect(safeNextPath(value), JSON.stringify(value)).toBeNull()
    }
  })

  it("refuses what is not a string or is absurdly long", () => {
    expect(safeNextPath(undefined)).toBeNull()
    expect(safeNextPath(["/akun"])).toBeNull()
    expect(safeNextPath(`/${"a".repeat(600)}`)).toBeNull()
  })
})
