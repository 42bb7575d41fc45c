import { beforeAll, describe, expect, it } from "vitest"
import { COHORTS } from "../../../backend/src/scripts/seed-data/cohorts"
import { api } from "../helpers/api"
import { operatorToken, unique } from "../helpers/actors"
import { sql } from "../helpers/database"
import { fromClient, registerCustomer } from "../helpers/customers"
import { emailsTo, waitForEmails } from "../helpers/outbox"

const TEMPLATE = "coordinator-invite"

async function cohortIds(): Promise<Map<string, string>> {
  const res = await api("/admin/cohorts?limit=50&fields=id,handle", { token: await operatorToken() })
  return new Map(res.body.cohorts.map((c: { id: string; handle: string }) => [c.handle, c.id]))
}

/** Invites an email for cohorts and returns the token from the emailed link. */
async function invite(email: string, cohort_ids: string[]): Promise<{ token: string; res: any }> {
  const res = await api("/admin/coordinator-invites", { token: await operatorToken(), body: { email, name: "Ibu Uji", cohort_ids } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const [mail] = await waitForEmails(email, TEMPLATE)
  expect(mail, "invitation email in the outbox").toBeDefined()
  const link = mail.text.match(/https?:\/\/\S+\/koordinator\/undangan\?token=(\S+)/)
  expect(link, mail.text).not.toBeNull()
  return { token: decodeURIComponent(link![1]), res }
}

describe("coordinator invitations", () => {
  let ids: Map<string, string>
  beforeAll(async () => {
    ids = await cohortIds()
  })

  it("emails a 7-day single-use link that creates a signed-in coordinator of exactly the invited cohorts", async () => {
    const email = `${unique("koordinator")}@example.com`
    const cohortA = ids.get(COHORTS[2].handle)!
    const cohortB = ids.get(COHORTS[3].handle)!
    const { token, res } = await invite(email, [cohortA, cohortB])
    expect(res.body.invite).toMatchObject({ id: expect.any(String), email })
    const days = (new Date(res.body.invite.expires_at).getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.9)
    expect(days).toBeLessThanOrEqual(7)

    const shown = await api(`/coordinator-invites/${encodeURIComponent(token)}`)
    expect(shown.status).toBe(200)
    expect(shown.body.invite.email).toBe(email)
    expect(shown.body.invite.cohorts.map((c: { name: string }) => c.name).sort()).toEqual([COHORTS[2].name, COHORTS[3].name].sort())

    // Only a hash is stored: the token itself appears nowhere in the table.
    const stored = await sql("select token_hash from coordinator_invite where email = $1", [email])
    expect(stored.rows).toHaveLength(1)
    expect(stored.rows[0].token_hash).not.toContain(token)
    expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/)

    const accepted = await api("/coordinator-invites/accept", { body: { token, name: "Ibu Uji", password: "sandi-koordinator" } })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    const me = await api("/coordinator/me", { token: accepted.body.token })
    expect(me.status).toBe(200)
    expect(me.body.coordinator).toMatchObject({ email, name: "Ibu Uji" })
    expect(me.body.coordinator.cohorts.map((c: { id: string }) => c.id).sort()).toEqual([cohortA, cohortB].sort())

    // The chosen password signs in through the ordinary coordinator login.
    const login = await api("/auth/coordinator/emailpass", { body: { email, password: "sandi-koordinator" } })
    expect(login.status).toBe(200)

    // Single use: the link neither shows nor accepts again.
    expect((await api(`/coordinator-invites/${encodeURIComponent(token)}`)).status).toBe(404)
    const again = await api("/coordinator-invites/accept", { body: { token, name: "Orang Lain", password: "sandi-lain-123" } })
    expect(again.status).toBe(404)
    expect(again.body.message).toMatch(/Undangan tidak ditemukan/)
  })

  it("accepts a link once when two people use it at the same moment", async () => {
    const email = `${unique("serentak")}@example.com`
    const { token } = await invite(email, [ids.get(COHORTS[5].handle)!])
    const body = (name: string) => ({ body: { token, name, password: "sandi-koordinator" } })
    const results = await Promise.all([api("/coordinator-invites/accept", body("Satu")), api("/coordinator-invites/accept", body("Dua"))])
    expect(results.map((r) => r.status).sort()).toEqual([200, 404])
    const rows = await sql("select count(*)::int as n from coordinator where email = $1 and deleted_at is null", [email])
    expect(rows.rows[0].n).toBe(1)
  })

  it("rolls everything back when the account can't be made, leaving the link usable", async () => {
    // The email already signs in as a shopper: its password isn't the coordinator's to set.
    const shopper = await registerCustomer(`${unique("sudah-pembeli")}@example.com`)
    const { token } = await invite(shopper.email, [ids.get(COHORTS[1].handle)!])
    const res = await api("/coordinator-invites/accept", { body: { token, name: "Pembeli", password: "sandi-koordinator" } })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(res.body.message).toMatch(/sudah dipakai untuk akun lain/)
    expect((await api(`/coordinator-invites/${encodeURIComponent(token)}`)).status).toBe(200)
    const rows = await sql("select count(*)::int as n from coordinator where email = $1", [shopper.email])
    expect(rows.rows[0].n).toBe(0)
    // The shopper's own login still works with the shopper's password.
    expect((await api("/auth/customer/emailpass", { body: { email: shopper.email, password: shopper.password } })).status).toBe(200)
  })

  it("refuses an expired link", async () => {
    const email = `${unique("kedaluwarsa")}@example.com`
    const { token } = await invite(email, [ids.get(COHORTS[4].handle)!])
    await sql("update coordinator_invite set expires_at = now() - interval '1 minute' where email = $1", [email])
    expect((await api(`/coordinator-invites/${encodeURIComponent(token)}`)).status).toBe(404)
    const res = await api("/coordinator-invites/accept", { body: { token, name: "Pak Uji", password: "sandi-koordinator" } })
    expect(res.status).toBe(404)
    expect((await api("/auth/coordinator/emailpass", { body: { email, password: "sandi-koordinator" } })).status).toBe(401)
  })

  it("creates coordinator identities only from an invitation: nobody can claim an invited address first", async () => {
    const email = `${unique("diserobot")}@example.com`
    const { token } = await invite(email, [ids.get(COHORTS[4].handle)!])
    const squat = await api("/auth/coordinator/emailpass/register", { body: { email, password: "sandi-penyerobot" } })
    expect(squat.status).toBe(400)
    expect(squat.body.message).toMatch(/hanya dibuat lewat undangan.*only from an operator's invitation/)
    expect((await sql("select count(*)::int as n from provider_identity where entity_id = $1", [email])).rows[0].n).toBe(0)
    // The invitee's acceptance still creates the account, with the invitee's password.
    const accepted = await api("/coordinator-invites/accept", { body: { token, name: "Ibu Asli", password: "sandi-koordinator" } })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect((await api("/auth/coordinator/emailpass", { body: { email, password: "sandi-penyerobot" } })).status).toBe(401)
    expect((await api("/auth/coordinator/emailpass", { body: { email, password: "sandi-koordinator" } })).status).toBe(200)
  })

  it("keeps an invited address from the shop's own registration until the invitation is accepted", async () => {
    const email = `${unique("diserobot-toko")}@example.com`
    const { token } = await invite(email, [ids.get(COHORTS[4].handle)!])
    // The shop's registration answers as for any address, but emails no link: the invitee makes this account.
    const squat = await api("/store/registrations", { body: { email: email.toUpperCase(), first_name: "Penyerobot" }, headers: fromClient() })
    expect(squat.status).toBe(202)
    expect(await waitForEmails(email, "registration-exists")).toHaveLength(1)
    expect(await emailsTo(email, "registration-confirm")).toEqual([])
    expect((await sql("select count(*)::int as n from provider_identity where entity_id = $1", [email])).rows[0].n).toBe(0)
    const accepted = await api("/coordinator-invites/accept", { body: { token, name: "Ibu Asli", password: "sandi-koordinator" } })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
  })

  it("refuses an unknown token, bad input and unknown cohorts with messages", async () => {
    expect((await api("/coordinator-invites/bukan-token-yang-benar-sama-sekali")).status).toBe(404)
    const short = await api("/coordinator-invites/accept", { body: { token: "x".repeat(43), name: "A", password: "123" } })
    expect(short.status).toBe(400)
    expect(short.body.message).toMatch(/'name' too small/)
    expect(short.body.message).toMatch(/'password' too small, expected at least: '8'/)
    const operator = await operatorToken()
    const noCohort = await api("/admin/coordinator-invites", { token: operator, body: { email: "a@example.com", cohort_ids: [] } })
    expect(noCohort.status).toBe(400)
    const unknown = await api("/admin/coordinator-invites", { token: operator, body: { email: "b@example.com", cohort_ids: ["coh_tidakada"] } })
    expect(unknown.status).toBe(400)
    expect(unknown.body.message).toMatch(/Kohort tidak ditemukan/)
  })

  it("keeps invitations for operators: anonymous and coordinators are refused", async () => {
    const body = { email: "c@example.com", cohort_ids: [ids.get(COHORTS[0].handle)!] }
    expect((await api("/admin/coordinator-invites", { body })).status).toBe(401)
    const coordinator = await api("/auth/coordinator/emailpass", {
      body: { email: `koordinator.${COHORTS[0].handle}@karyabinaan.test`, password: "binaan-demo-2026" },
    })
    expect((await api("/admin/coordinator-invites", { body, token: coordinator.body.token })).status).toBe(401)
  })
})
