import { describe, expect, it } from "vitest"
import { AdminListParticipantsParams } from "./impact-schemas"

describe("AdminListParticipantsParams", () => {
  it("takes a cohort, a status and part of a code from a query string, paged 50 by default", () => {
    expect(AdminListParticipantsParams.parse({ cohort_id: "coh_1", status: "released", q: " kb-plj ", limit: "20", offset: "40" })).toEqual({
      cohort_id: "coh_1",
      status: "released",
      q: "kb-plj",
      limit: 20,
      offset: 40,
    })
    expect(AdminListParticipantsParams.parse({})).toEqual({ limit: 50, offset: 0 })
  })

  it("refuses a status outside wbp, klien and released, a LIKE wildcard in q, and an unknown field", () => {
    expect(AdminListParticipantsParams.safeParse({ status: "bebas" }).error?.issues[0].message).toMatch(/wbp, klien, released/)
    expect(AdminListParticipantsParams.safeParse({ q: "KB-%" }).error?.issues[0].message).toMatch(/kode peserta/)
    expect(AdminListParticipantsParams.safeParse({ display_name: "x" }).success).toBe(false)
    expect(AdminListParticipantsParams.safeParse({ limit: "500" }).success).toBe(false)
  })
})
