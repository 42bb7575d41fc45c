import { describe, expect, it } from "vitest"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { checkoutCart, completeCart } from "../helpers/checkout"
import { variantOf } from "../helpers/customers"

// Product 20: product 3 is kept for the coordinator packing browser test.
// The bank-transfer path as the operator lives it: the order arrives in
// Medusa Admin awaiting payment, and capturing it there marks it paid.
describe("a bank-transfer order waits for the operator to capture it", () => {
  it("is placed unpaid, listed in the admin, and paid once captured", async () => {
    const email = `${unique("transfer")}@pembeli.test`
    const cartId = await checkoutCart(email, [{ variantId: await variantOf(20), quantity: 2 }])
    const placed = await completeCart(cartId)
    expect(placed.status).toBe(200)
    expect(placed.body.type).toBe("order")
    const orderId: string = placed.body.order.id

    const token = await operatorToken()
    const fields = "id,email,total,payment_status,*payment_collections.payments"
    const before = (await api(`/admin/orders/${orderId}?fields=${fields}`, { token })).body.order
    expect(before.email).toBe(email)
    // Medusa's manual provider authorises at once: the money is not in yet.
    expect(before.payment_status).toBe("authorized")
    const payment = before.payment_collections[0].payments[0]
    expect(payment.provider_id).toBe("pp_system_default")
    expect(payment.captured_at).toBeNull()

    const listed = await api(`/admin/orders?q=${encodeURIComponent(email)}&fields=id`, { token })
    expect(listed.body.orders.map((o: { id: string }) => o.id)).toContain(orderId)

    const captured = await api(`/admin/payments/${payment.id}/capture`, { token, body: {} })
    expect(captured.status).toBe(200)

    const after = (await api(`/admin/orders/${orderId}?fields=${fields}`, { token })).body.order
    expect(after.payment_status).toBe("captured")
    expect(Number(after.payment_collections[0].payments[0].amount)).toBe(Number(after.total))

    // A second press of "capture" records no second payment.
    await api(`/admin/payments/${payment.id}/capture`, { token, body: {} })
    const captures = (await api(`/admin/payments/${payment.id}?fields=*captures`, { token })).body.payment.captures
    expect(captures).toHaveLength(1)
  })
})
