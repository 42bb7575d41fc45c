import { describe, expect, it } from "vitest"
import { noteProblems } from "./note-refusal"

describe("noteProblems", () => {
  it("keeps the codes the form can word, once each", () => {
    expect(noteProblems([{ code: "note_phone" }, { code: "note_link" }, { code: "note_phone" }])).toEqual(["note_phone", "note_link"])
  })
  it("falls back to a general failure for unknown or missing codes", () => {
    expect(noteProblems([{ code: "something_else" }])).toEqual(["failed"])
    expect(noteProblems(undefined)).toEqual(["failed"])
  })
})
