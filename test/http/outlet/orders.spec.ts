import { beforeAll, describe, expect, it } from "vitest"
import { formatRupiah } from "../../../backend/src/lib/rupiah"
import { operatorToken } from "../helpers/actors"
import { api } from "../helpers/api"
import { placeOrder, variantOf } from "../helpers/customers"
import { demoOutlet, placeOutletOrder, type DemoOutlet } from "../helpers/outlets"
import { allocated, sum, waitForShares } from "../helpers/revenue-share"

// Products this suite buys (no other suite counts their stock): tempe chips
// and kerupuk tempe in cartons of 10, kotak pensil in cartons of 6.
const CHIPS = "KB-TMP-CHP-ORI-100"
const KERUPUK = "KB-TMP-KRU-250"
const PENCIL = "KB-ECG-KPS-NAT"

const DAY_MS = 86_400_000
const wibDate = (iso: string, plusDays: number) => new Date(new Date(iso).getTime() + 7 * 3_600_000 + plusDays * DAY_MS).toISOString().slice(0, 10)

describe("outlet orders on invoice", () => {
  let plaju: DemoOutlet
  let operator: string

  beforeAll(async () => {
    ;[plaju, operator] = await Promise.all([demoOutlet(0), operatorToken()])
  })

  it("refuses a line that breaks a carton, naming the product and its carton", async () => {
    const chips = plaju.catalog.get(CHIPS)!
    const res = await api("/outlet/orders", {
      token: plaju.token,
      body: { items: [{ variant_id: chips.id, quantity: chips.case_pack_units + 5 }, { variant_id: plaju.catalog.get(KERUPUK)!.id, quantity: 40 }], po_number: "PO-KARTON", delivery: "delivery" },
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toBe(`${chips.product_title} dijual per karton isi ${chips.case_pack_units}`)
  })

  it("refuses an order under the minimum, saying how much is missing", async () => {
    const pencil = plaju.catalog.get(PENCIL)!
    const res = await placeOutletOrder(plaju, { [PENCIL]: 1 })
    const short = plaju.minimumOrderValue - pencil.price * pencil.case_pack_units
    expect(short).toBeGreaterThan(0)
    expect(res.status).toBe(400)
    expect(res.body.message).toBe(`Pesanan minimum ${formatRupiah(plaju.minimumOrderValue)}; kurang ${formatRupiah(short)}`)
  })

  it("names every problem by a code and its values, for the portal to word in the buyer's language", async () => {
    const chips = plaju.catalog.get(CHIPS)!
    const res = await api("/outlet/orders", {
      token: plaju.token,
      body: { items: [{ variant_id: chips.id, quantity: 3 }], po_number: "PO-EN", delivery: "pickup", locale: "en-US" },
    })
    expect(res.status).toBe(400)
    expect(res.body.problems).toEqual([
      { code: "case_pack", product_id: chips.product_id, product_title: chips.product_title, units: chips.case_pack_units, quantity: 3 },
      { code: "below_minimum", minimum: plaju.minimumOrderValue, short: plaju.minimumOrderValue - 3 * chips.price },
    ])
    const unknown = await api("/outlet/orders", { token: plaju.token, body: { items: [{ variant_id: "variant_none", quantity: 1 }], po_number: "PO-X", delivery: "pickup" } })
    expect(unknown.status).toBe(400)
    expect(unknown.body.problems).toEqual([{ code: "not_in_catalog", variant_ids: ["variant_none"] }])
  })

  it("lets nobody set their own terms, due date or payment", async () => {
    for (const extra of [{ due_date: "2030-01-01" }, { payment_terms_days: 90 }, { provider_id: "pp_stripe_stripe" }, { unit_price: 1 }]) {
      const res = await placeOutletOrder(plaju, { [CHIPS]: 1, [KERUPUK]: 2, [PENCIL]: 1 }, extra)
      expect(res.status, JSON.stringify(extra)).toBe(400)
    }
    const missingPo = await api("/outlet/orders", { token: plaju.token, body: { items: [{ variant_id: plaju.catalog.get(CHIPS)!.id, quantity: 10 }], delivery: "delivery" } })
    expect(missingPo.status).toBe(400)
  })

  it("places a wholesale order in the outlet's channel, on invoice with the outlet's terms, and the operator marks it paid", async () => {
    const res = await placeOutletOrder(plaju, { [CHIPS]: 1, [KERUPUK]: 2, [PENCIL]: 1 }, { po_number: "PO-PLJ-0042" })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const order = res.body.order
    expect(order.sales_channel_id).toBe(plaju.salesChannelId)
    const expectedItems = [CHIPS, KERUPUK, PENCIL].map((sku, i) => {
      const v = plaju.catalog.get(sku)!
      const quantity = [1, 2, 1][i] * v.case_pack_units
      return expect.objectContaining({ variant_sku: sku, quantity, unit_price: v.price, total: quantity * v.price })
    })
    expect(order.items).toEqual(expect.arrayContaining(expectedItems))
    const goods = [CHIPS, KERUPUK, PENCIL].reduce((sum, sku, i) => sum + [1, 2, 1][i] * plaju.catalog.get(sku)!.case_pack_units * plaju.catalog.get(sku)!.price, 0)
    expect(order.item_total).toBe(goods)
    expect(order.metadata).toMatchObject({
      outlet_id: plaju.id,
      po_number: "PO-PLJ-0042",
      payment_terms_days: plaju.termsDays,
      invoice_due_date: wibDate(order.metadata.invoice_issued_at, plaju.termsDays),
    })

    // Paid on invoice: Medusa's manual provider, authorised, not captured.
    const before = await api(`/admin/orders/${order.id}?fields=payment_status,*payment_collections.payments`, { token: operator })
    expect(before.body.order.payment_status).toBe("authorized")
    expect(before.body.order.payment_collections[0].payments[0].provider_id).toBe("pp_system_default")

    const listed = await api("/outlet/orders", { token: plaju.token })
    expect(listed.body.orders.map((o: { id: string }) => o.id)).toContain(order.id)
    const detail = await api(`/outlet/orders/${order.id}`, { token: plaju.token })
    expect(detail.status).toBe(200)
    expect(detail.body.order.metadata.po_number).toBe("PO-PLJ-0042")

    const noReference = await api(`/admin/outlet-orders/${order.id}/mark-paid`, { token: operator, body: {} })
    expect(noReference.status).toBe(400)
    const paid = await api(`/admin/outlet-orders/${order.id}/mark-paid`, { token: operator, body: { reference: "TRF-BSI-20261123-01" } })
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    const after = await api(`/admin/orders/${order.id}?fields=payment_status,metadata`, { token: operator })
    expect(after.body.order.payment_status).toBe("captured")
    expect(after.body.order.metadata).toMatchObject({ invoice_payment_reference: "TRF-BSI-20261123-01", invoice_paid_at: expect.any(String) })

    // Capturing triggers the revenue shares: the goods' revenue, with no outlet
    // commission (the outlet bought at wholesale; commission is for consignment).
    const shares = await waitForShares(order.id, allocated)
    const entries = shares.lines.flatMap((l) => l.entries)
    expect(sum(entries)).toBe(goods)
    expect(entries.filter((e) => e.bucket === "outlet")).toEqual([])

    const again = await api(`/admin/outlet-orders/${order.id}/mark-paid`, { token: operator, body: { reference: "TRF-LAGI" } })
    expect(again.status).toBe(400)
    expect(again.body.message).toBe("Faktur ini sudah ditandai lunas")
  })

  it("marks only outlet orders paid", async () => {
    const shopOrder = await placeOrder(`toko-${Date.now()}@example.com`, await variantOf(24))
    const res = await api(`/admin/outlet-orders/${shopOrder.id}/mark-paid`, { token: operator, body: { reference: "TRF-TOKO" } })
    expect(res.status).toBe(404)
  })
})
