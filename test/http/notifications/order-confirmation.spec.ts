import { beforeAll, describe, expect, it } from "vitest"
import { DEMO_BANK_TRANSFER } from "../../../backend/src/scripts/seed-data/bank-transfer"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { checkoutCart, completeCart, seededVariant, setAvailable } from "../helpers/checkout"
import { emailsTo, waitForEmails } from "../helpers/outbox"

const rupiah = (n: number) => `Rp ${n.toLocaleString("de-DE")}`

describe("order confirmation email (written to the outbox)", () => {
  const email = `${unique("konfirmasi")}@pembeli.test`
  let order: Record<string, any>

  beforeAll(async () => {
    const variant = await seededVariant(10)
    await setAvailable(variant, 5)
    const cartId = await checkoutCart(email, [{ variantId: variant.variantId, quantity: 1 }])
    const done = await completeCart(cartId)
    expect(done.body.type).toBe("order")
    order = done.body.order
  })

  it("is written exactly once, in Indonesian, with the transfer amount and account", async () => {
    const [first] = await waitForEmails(email, "order-confirmation")
    expect(first, "no order confirmation in the outbox").toBeDefined()
    // Give a duplicate delivery time to show up before counting.
    await new Promise((r) => setTimeout(r, 3_000))
    expect(await emailsTo(email, "order-confirmation")).toHaveLength(1)

    expect(first.subject).toContain(`#${order.display_id}`)
    const item = order.items[0]
    expect(first.text).toContain(`Nomor pesanan: #${order.display_id}`)
    expect(first.text).toContain(`- ${item.product_title} (${item.variant_title}) × 1: ${rupiah(item.unit_price)}`)
    expect(first.text).toContain(`Ongkos kirim: Rp 15.000`)
    expect(first.text).toContain(`Total: ${rupiah(order.total)}`)
    expect(first.text).toContain("Pembayaran: Transfer bank")
    expect(first.text).toContain(`Jumlah yang harus ditransfer: ${rupiah(order.total)}`)
    expect(first.text).toContain(`Nomor rekening: ${DEMO_BANK_TRANSFER.account_number}`)
    expect(first.text).toContain(DEMO_BANK_TRANSFER.instructions.id)
    expect(first.text).toContain("MENUNGGU PEMBAYARAN")
    expect(first.text).toContain("Jl. Kapten Robani Kadir")
  })

  it("is recorded once by Medusa's notification module, for operators to see", async () => {
    const res = await api(`/admin/notifications?to=${encodeURIComponent(email)}`, { token: await operatorToken() })
    expect(res.status).toBe(200)
    const confirmations = res.body.notifications.filter((n: any) => n.template === "order-confirmation")
    expect(confirmations).toHaveLength(1)
    expect(confirmations[0]).toMatchObject({ channel: "email", resource_id: order.id, data: expect.objectContaining({ display_id: order.display_id }) })
  })
})
