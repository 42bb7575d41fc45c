import { describe, expect, it } from "vitest"
import { nextParticipantCodes, participantCodePrefix } from "./participant-code"

describe("participant codes", () => {
  it("name the area, never the person", () => {
    expect(participantCodePrefix("plaju")).toBe("KB-PLJ")
    expect(participantCodePrefix("banyuasin_i")).toBe("KB-BYS")
    expect(participantCodePrefix("other")).toBe("KB-SMS")
  })

  it("continue after the highest number under the prefix", () => {
    expect(nextParticipantCodes("KB-PLJ", ["KB-PLJ-0041", "KB-PLJ-0007", "KB-BYS-0099"], 2)).toEqual(["KB-PLJ-0042", "KB-PLJ-0043"])
    expect(nextParticipantCodes("KB-BYS", [], 1)).toEqual(["KB-BYS-0001"])
  })
})
