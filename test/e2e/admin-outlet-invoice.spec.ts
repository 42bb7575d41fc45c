import { expect, test } from "@playwright/test"
import { operatorToken } from "../http/helpers/actors"
import { api } from "../http/helpers/api"
import { env } from "../http/helpers/env"
import { demoOutlet, placeOutletOrder } from "../http/helpers/outlets"
import { loginToAdmin } from "./admin"

// The operator marks an outlet's invoice paid on the order's page in Medusa
// Admin (widget "Faktur outlet"): the payment is captured. Cartons of tempe
// chips, kerupuk tempe and pencil cases at Plaju (stock enough beside the
// outlet HTTP suite, which buys the same).

test("the operator marks an outlet invoice paid in Medusa Admin and the payment is captured", async ({ page }) => {
  const plaju = await demoOutlet(0)
  const placed = await placeOutletOrder(plaju, { "KB-TMP-CHP-ORI-100": 1, "KB-TMP-KRU-250": 2, "KB-ECG-KPS-NAT": 1 }, { po_number: "PO-E2E-FAKTUR" })
  expect(placed.status, JSON.stringify(placed.body)).toBe(201)
  const orderId = placed.body.order.id as string

  await loginToAdmin(page)
  await page.goto(`${env.backendUrl}/app/orders/${orderId}`)
  await expect(page.getByRole("heading", { name: "Faktur outlet" })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText("No. PO PO-E2E-FAKTUR")).toBeVisible()

  // No reference: refused, nothing captured.
  await page.getByRole("button", { name: "Tandai faktur lunas" }).click()
  await expect(page.getByRole("alert")).toBeVisible()
  const token = await operatorToken()
  const before = await api(`/admin/orders/${orderId}?fields=payment_status`, { token })
  expect(before.body.order.payment_status).toBe("authorized")

  await page.getByLabel("Referensi pembayaran").fill("TRF-E2E-0001")
  await page.getByRole("button", { name: "Tandai faktur lunas" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Lunas pada" })).toContainText("TRF-E2E-0001", { timeout: 30_000 })

  const after = await api(`/admin/orders/${orderId}?fields=payment_status,metadata`, { token })
  expect(after.body.order.payment_status).toBe("captured")
  expect(after.body.order.metadata).toMatchObject({ invoice_payment_reference: "TRF-E2E-0001" })
})
