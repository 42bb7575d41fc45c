import { beforeAll, describe, expect, it } from "vitest"
import { COHORTS } from "../../../backend/src/scripts/seed-data/cohorts"
import { api } from "../helpers/api"
import { operatorToken, unique } from "../helpers/actors"
import { waitForEmails } from "../helpers/outbox"

const TEMPLATE = "coordinator-invite"
const PASSWORD = "sandi-koordinator-uji"

/** The token in the newest invitation email to this address (waits for the n-th). */
async function linkToken(email: string, count: number): Promise<string> {
  const mails = await waitForEmails(email, TEMPLATE, count)
  expect(mails.length, "invitation emails in the outbox").toBeGreaterThanOrEqual(count)
  const link = mails[mails.length - 1]!.text.match(/\/koordinator\/undangan\?token=(\S+)/)
  expect(link).not.toBeNull()
  return decodeURIComponent(link![1]!)
}

describe("the operator's coordinators: list, pending invitations, resend, revoke", () => {
  let operator: string
  let cohortId: string

  beforeAll(async () => {
    operator = await operatorToken()
    const res = await api(`/admin/cohorts?limit=50&fields=id,handle`, { token: operator })
    cohortId = res.body.cohorts.find((c: { handle: string }) => c.handle === COHORTS[2]!.handle).id
  })

  it("lists a pending invitation, resends it with a new link (the old one dead), and lists the coordinator once accepted with cohorts and last sign-in", async () => {
    const email = `${unique("undangan")}@example.com`
    const invited = await api("/admin/coordinator-invites", { token: operator, body: { email, name: "Ibu Daftar", cohort_ids: [cohortId] } })
    expect(invited.status, JSON.stringify(invited.body)).toBe(201)
    const oldToken = await linkToken(email, 1)

    const pending = await api("/admin/coordinator-invites", { token: operator })
    expect(pending.status).toBe(200)
    expect(pending.body.invites).toContainEqual(
      expect.objectContaining({ id: invited.body.invite.id, email, name: "Ibu Daftar", expired: false, cohorts: [{ id: cohortId, name: COHORTS[2]!.name }] })
    )

    const resent = await api(`/admin/coordinator-invites/${invited.body.invite.id}/resend`, { token: operator, body: {} })
    expect(resent.status, JSON.stringify(resent.body)).toBe(200)
    expect(resent.body.invite).toMatchObject({ id: invited.body.invite.id, email })
    const newToken = await linkToken(email, 2)
    expect(newToken).not.toBe(oldToken)
    expect((await api(`/coordinator-invites/${encodeURIComponent(oldToken)}`)).status).toBe(404)
    expect((await api(`/coordinator-invites/${encodeURIComponent(newToken)}`)).status).toBe(200)

    const accepted = await api("/coordinator-invites/accept", { body: { token: newToken, name: "Ibu Daftar", password: PASSWORD } })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    // Accepted: no longer pending, and sending it again is refused with a reason.
    const after = await api("/admin/coordinator-invites", { token: operator })
    expect(after.body.invites.map((i: { id: string }) => i.id)).not.toContain(invited.body.invite.id)
    const again = await api(`/admin/coordinator-invites/${invited.body.invite.id}/resend`, { token: operator, body: {} })
    expect(again.status).toBe(400)
    expect(again.body.message).toMatch(/sudah diterima/)

    const before = Date.now()
    const signIn = await api("/auth/coordinator/emailpass", { body: { email, password: PASSWORD } })
    expect(signIn.status).toBe(200)
    const list = await api("/admin/coordinators", { token: operator })
    expect(list.status).toBe(200)
    const listed = list.body.coordinators.find((c: { email: string }) => c.email === email)
    expect(listed).toMatchObject({ name: "Ibu Daftar", status: "active", cohorts: [{ id: cohortId, name: COHORTS[2]!.name }] })
    expect(new Date(listed.last_login_at).getTime()).toBeGreaterThanOrEqual(before - 5_000)
  })

  it("revokes a coordinator: the session they hold and a new sign-in are refused with the reason; their record and cohorts stay", async () => {
    const email = `${unique("dicabut")}@example.com`
    const invited = await api("/admin/coordinator-invites", { token: operator, body: { email, cohort_ids: [cohortId] } })
    expect(invited.status).toBe(201)
    const accepted = await api("/coordinator-invites/accept", { body: { token: await linkToken(email, 1), name: "Pak Dicabut", password: PASSWORD } })
    expect(accepted.status).toBe(200)
    const session = accepted.body.token as string
    expect((await api(`/coordinator/products?cohort_id=${cohortId}`, { token: session })).status).toBe(200)
    const { id } = (await api("/coordinator/me", { token: session })).body.coordinator

    const revoked = await api(`/admin/coordinators/${id}/revoke`, { token: operator, body: {} })
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200)
    expect(revoked.body.coordinator).toMatchObject({ id, email, status: "inactive", cohorts: [{ id: cohortId, name: COHORTS[2]!.name }] })

    for (const path of ["/coordinator/me", `/coordinator/products?cohort_id=${cohortId}`, `/coordinator/batches?cohort_id=${cohortId}`]) {
      const res = await api(path, { token: session })
      expect(res.status, path).toBe(401)
    }
    const refused = await api(`/coordinator/participants`, { token: session, body: { cohort_id: cohortId } })
    expect(refused.status).toBe(401)
    expect(refused.body.message).toMatch(/dicabut/)

    const signIn = await api("/auth/coordinator/emailpass", { body: { email, password: PASSWORD } })
    expect(signIn.status).toBe(401)
    expect(signIn.body.token).toBeUndefined()
    expect(signIn.body.message).toMatch(/dicabut.*revoked/)
    expect(signIn.body.problems).toEqual([{ code: "access_revoked" }])

    const list = await api("/admin/coordinators", { token: operator })
    expect(list.body.coordinators).toContainEqual(expect.objectContaining({ id, status: "inactive", cohorts: [{ id: cohortId, name: COHORTS[2]!.name }] }))
  })

  it("answers 404 for an unknown coordinator or invitation and refuses a body with unknown fields", async () => {
    expect((await api("/admin/coordinators/coord_none/revoke", { token: operator, body: {} })).status).toBe(404)
    expect((await api("/admin/coordinator-invites/coinv_none/resend", { token: operator, body: {} })).status).toBe(404)
    expect((await api("/admin/coordinators/coord_none/revoke", { token: operator, body: { status: "active" } })).status).toBe(400)
    expect((await api("/admin/coordinators?status=active", { token: operator })).status).toBe(400)
  })
})
