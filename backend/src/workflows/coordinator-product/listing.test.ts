import { describe, expect, it } from "vitest"
import { listingOf, productFieldsFor, refusal } from "./listing"

describe("listing states on Medusa product status", () => {
  it("reads every state back from the fields that write it", () => {
    for (const state of ["draft", "submitted", "published", "archived"] as const) {
      expect(listingOf(productFieldsFor(state, { other: 1 })).state).toBe(state)
    }
    expect(listingOf(productFieldsFor("rejected", {}, "Foto buram"))).toEqual({ state: "rejected", reason: "Foto buram" })
  })

  it("clears the reason and the archive mark when a listing moves on", () => {
    const rejected = productFieldsFor("rejected", { keep: "x" }, "Harga salah")
    const resubmitted = productFieldsFor("submitted", rejected.metadata)
    expect(listingOf(resubmitted)).toEqual({ state: "submitted" })
    expect(resubmitted.metadata.keep).toBe("x")
    expect(listingOf(productFieldsFor("draft", productFieldsFor("archived", {}).metadata))).toEqual({ state: "draft" })
  })

  it("lets only submitted listings be published, and never edits live or archived ones", () => {
    expect(refusal("submitted", "publish")).toBeNull()
    expect(refusal("draft", "publish")).toMatch(/diajukan/)
    expect(refusal("rejected", "publish")).not.toBeNull()
    expect(refusal("rejected", "edit")).toBeNull()
    expect(refusal("rejected", "submit")).toBeNull()
    expect(refusal("published", "edit")).not.toBeNull()
    expect(refusal("archived", "edit")).not.toBeNull()
    expect(refusal("archived", "archive")).not.toBeNull()
    expect(refusal("published", "reject")).toBeNull()
  })
})
