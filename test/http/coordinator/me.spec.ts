import { describe, expect, it } from "vitest"
import { COHORTS } from "../../../backend/src/scripts/seed-data/cohorts"
import { api } from "../helpers/api"
import { DEMO_COORDINATORS, coordinatorLogin } from "../helpers/coordinators"

describe("coordinator sign-in and GET /coordinator/me", () => {
  it("signs a seeded coordinator in and shows them with exactly their one cohort", async () => {
    const login = DEMO_COORDINATORS[0]
    const token = await coordinatorLogin(login.email, login.password)
    const res = await api("/coordinator/me", { token })
    expect(res.status).toBe(200)
    expect(res.body.coordinator).toMatchObject({ email: login.email, id: expect.stringMatching(/^coord_/) })
    expect(res.body.coordinator.cohorts).toEqual([
      { id: expect.stringMatching(/^coh_/), handle: login.cohortHandle, name: COHORTS.find((c) => c.handle === login.cohortHandle)!.name },
    ])
  })

  it("has one demo coordinator per seeded cohort, each able to sign in", async () => {
    expect(DEMO_COORDINATORS).toHaveLength(COHORTS.length)
    for (const login of DEMO_COORDINATORS) {
      const res = await api("/auth/coordinator/emailpass", { body: { email: login.email, password: login.password } })
      expect(res.status, login.email).toBe(200)
    }
  })

  it("refuses a wrong password", async () => {
    const login = DEMO_COORDINATORS[0]
    const res = await api("/auth/coordinator/emailpass", { body: { email: login.email, password: "salah-sandi" } })
    expect(res.status).toBe(401)
  })
})
