import { describe, expect, it } from "vitest"
import { reshapeCohort } from "./reshape-cohort"

describe("reshapeCohort", () => {
  it("maps the public cohort profile to the view type", () => {
    expect(
      reshapeCohort({
        id: "coh_1",
        handle: "bapas-palembang-tempe",
        name: "Bapas Palembang — olahan tempe Plaju",
        facility_name: "Bapas Kelas I Palembang",
        facility_type: "bapas",
        area: "plaju",
        craft_line: "tempe",
        tagline: "Dari dapur tempe di Plaju",
        story: "Kelompok ini …",
        image_url: "",
      })
    ).toEqual({
      id: "coh_1",
      handle: "bapas-palembang-tempe",
      name: "Bapas Palembang — olahan tempe Plaju",
      facilityName: "Bapas Kelas I Palembang",
      facilityType: "bapas",
      area: "plaju",
      craftLine: "tempe",
      tagline: "Dari dapur tempe di Plaju",
      story: "Kelompok ini …",
      imageUrl: null,
    })
  })
})
