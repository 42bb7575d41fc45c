import { beforeAll, describe, expect, it } from "vitest"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { checkoutCart, completeCart, PALEMBANG_ADDRESS, seededVariant, setAvailable } from "../helpers/checkout"

describe("POST /store/order-lookup: a guest finds an order by number and email", () => {
  const email = `${unique("cari")}@pembeli.test`
  let order: { id: string; display_id: number }

  beforeAll(async () => {
    const variant = await seededVariant(3)
    await setAvailable(variant, 5)
    const cartId = await checkoutCart(email, [{ variantId: variant.variantId, quantity: 2 }])
    const done = await completeCart(cartId)
    expect(done.body.type).toBe("order")
    order = done.body.order
  })

  it("answers with the order for its number and email, whatever the email's case", async () => {
    const res = await api("/store/order-lookup", { body: { order_number: order.display_id, email: email.toUpperCase() } })
    expect(res.status).toBe(200)
    const found = res.body.order
    expect(found).toMatchObject({
      id: order.id,
      display_id: order.display_id,
      email,
      currency_code: "idr",
      shipping_methods: [{ name: "Pengiriman Reguler" }],
      payment_provider_ids: ["pp_system_default"],
      shipping_address: expect.objectContaining({ city: PALEMBANG_ADDRESS.city, postal_code: PALEMBANG_ADDRESS.postal_code }),
    })
    expect(found.payment_status).toBe("authorized")
    expect(found.fulfillment_status).toBe("not_fulfilled")
    expect(found.items).toHaveLength(1)
    const [item] = found.items
    expect(item).toMatchObject({ quantity: 2, title: expect.any(String), variant_title: expect.any(String) })
    expect(item.total).toBe(item.unit_price * 2)
    expect(found.shipping_total).toBe(15000)
    expect(found.subtotal).toBe(item.total)
    expect(found.total).toBe(found.subtotal + found.shipping_total)
  })

  it("accepts the number as typed in a form, with #", async () => {
    const res = await api("/store/order-lookup", { body: { order_number: `#${order.display_id}`, email } })
    expect(res.status).toBe(200)
    expect(res.body.order.id).toBe(order.id)
  })

  it("answers a wrong email and an unknown number with the same 404, in Indonesian", async () => {
    const wrongEmail = await api("/store/order-lookup", { body: { order_number: order.display_id, email: "orang.lain@pembeli.test" } })
    const unknown = await api("/store/order-lookup", { body: { order_number: order.display_id + 100_000, email } })
    expect(wrongEmail.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(wrongEmail.body).toEqual(unknown.body)
    expect(wrongEmail.body).toEqual({ message: expect.stringMatching(/^Pesanan tidak ditemukan/) })
  })

  it("refuses bad input with 400 and a message that says what to fix", async () => {
    const notANumber = await api("/store/order-lookup", { body: { order_number: "abc", email } })
    expect(notANumber.status).toBe(400)
    expect(notANumber.body.message).toMatch(/nomor pesanan/i)

    const badEmail = await api("/store/order-lookup", { body: { order_number: order.display_id, email: "budi" } })
    expect(badEmail.status).toBe(400)
    expect(badEmail.body.message).toMatch(/Email tidak valid/)

    const missing = await api("/store/order-lookup", { body: { order_number: order.display_id } })
    expect(missing.status).toBe(400)
    expect(missing.body.message).toMatch(/email/)
  })
})
