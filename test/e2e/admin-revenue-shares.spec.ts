import { expect, test } from "@playwright/test"
import { operatorToken, unique } from "../http/helpers/actors"
import { api } from "../http/helpers/api"
import { variantOf } from "../http/helpers/customers"
import { env } from "../http/helpers/env"
import { allocated, capture, placeBankTransferOrder, waitForShares } from "../http/helpers/revenue-share"
import { loginToAdmin } from "./admin"

// The operator changes a revenue-share rule in Medusa Admin (/app/revenue-shares):
// a new version from a date, first with buckets that don't add up (the form
// shows the sum as it is typed, then the server's refusal), then right.

test("the operator adds a rule version: a wrong sum is refused, the right one is listed", async ({ page }) => {
  // A channel of its own, far in the future: no sale anywhere is affected.
  const token = await operatorToken()
  const channelName = unique("Kanal E2E")
  const channel = await api("/admin/sales-channels", { token, body: { name: channelName } })
  const rule = await api("/admin/revenue-share-rules", {
    token,
    body: {
      name: "Aturan kanal E2E",
      sales_channel_id: channel.body.sales_channel.id,
      effective_from: "2031-01-01",
      buckets: [
        { code: "participants", basis_points: 5000 },
        { code: "material_fund", basis_points: 2000 },
        { code: "facility", basis_points: 1500 },
        { code: "platform", basis_points: 1500 },
      ],
    },
  })
  expect(rule.status, JSON.stringify(rule.body)).toBe(201)

  await loginToAdmin(page)
  await page.goto(`${env.backendUrl}/app/revenue-shares`)
  await expect(page.getByRole("heading", { level: 1, name: "Bagi hasil" })).toBeVisible({ timeout: 30_000 })
  const scope = page.getByRole("region", { name: `Kanal ${channelName}` })
  await expect(scope.getByTestId("rule-version")).toHaveCount(1)
  await scope.getByRole("button", { name: "Versi baru" }).click()

  const form = scope.getByRole("form", { name: "Versi baru" })
  await form.getByLabel("Berlaku mulai").fill("2031-06-01")
  const participants = form.getByLabel("Basis poin Peserta (premi)")
  await participants.fill("4000")
  // The sum follows the typing.
  await expect(form.getByTestId("bucket-sum")).toContainText("9.000 / 10.000")
  await form.getByRole("button", { name: "Simpan" }).click()
  await expect(form.getByRole("alert")).toContainText("Jumlah basis poin harus tepat 10.000")
  await expect(scope.getByTestId("rule-version")).toHaveCount(1)

  await participants.fill("5000")
  await expect(form.getByTestId("bucket-sum")).toContainText("10.000 / 10.000")
  await form.getByRole("button", { name: "Simpan" }).click()
  await expect(scope.getByTestId("rule-version")).toHaveCount(2)
  await expect(scope.getByTestId("rule-version").first()).toContainText("v2")
  await expect(scope.getByTestId("rule-version").first()).toContainText("1 Juni 2031")
})

// Product 16 (Rutan tali meiwa), used by no other browser test: the sale followed
// from the order page down to each participant's share.
test("the order page shows how a captured sale was shared, participants by code", async ({ page }) => {
  const order = await placeBankTransferOrder([{ variantId: await variantOf(16), quantity: 1 }])
  await capture(order.id)
  const shares = await waitForShares(order.id, allocated)
  const people = shares.lines[0].entries.filter((e) => e.bucket === "participants")
  expect(people.length).toBeGreaterThan(0)

  await loginToAdmin(page)
  await page.goto(`${env.backendUrl}/app/orders/${order.id}`)
  const widget = page.getByTestId("order-revenue-shares")
  await expect(widget.getByRole("heading", { name: "Bagi hasil" })).toBeVisible({ timeout: 30_000 })
  await expect(widget).toContainText(shares.lines[0].rule!.name)
  for (const p of people) await expect(widget).toContainText(p.party_label)
  await expect(widget).toContainText("Operasional platform")
})
