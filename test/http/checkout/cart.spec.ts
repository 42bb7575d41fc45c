import { beforeAll, beforeEach, describe, expect, it } from "vitest"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { addLine, checkoutCart, completeCart, createCart, ordersFor, seededVariant, setAvailable, type StockedVariant } from "../helpers/checkout"

const email = () => `${unique("keranjang")}@pembeli.test`

describe("a shopper's cart never holds more than the cohort has in stock", () => {
  let variant: StockedVariant

  beforeAll(async () => {
    variant = await seededVariant(15)
  })

  beforeEach(async () => {
    await setAvailable(variant, 3)
  })

  it("refuses adding more than is left with 400 and says why", async () => {
    const cartId = await createCart(email())
    const res = await addLine(cartId, variant.variantId, 4)
    expect(res.status).toBe(400)
    expect(res.body).toEqual(
      expect.objectContaining({ code: "insufficient_inventory", message: expect.stringMatching(/tinggal 3/) })
    )
  })

  it("adds what is left", async () => {
    const cartId = await createCart(email())
    const res = await addLine(cartId, variant.variantId, 3)
    expect(res.status).toBe(200)
    expect(res.body.cart.items).toEqual([expect.objectContaining({ variant_id: variant.variantId, quantity: 3 })])
  })

  it("refuses raising a line above stock, also by adding the same product again, and allows lowering it", async () => {
    const cartId = await createCart(email())
    const line = (await addLine(cartId, variant.variantId, 2)).body.cart.items[0]

    const raised = await api(`/store/carts/${cartId}/line-items/${line.id}`, { body: { quantity: 4 } })
    expect(raised.status).toBe(400)
    expect(raised.body.code).toBe("insufficient_inventory")
    const again = await addLine(cartId, variant.variantId, 2)
    expect(again.status).toBe(400)

    const lowered = await api(`/store/carts/${cartId}/line-items/${line.id}`, { body: { quantity: 1 } })
    expect(lowered.status).toBe(200)
    expect(lowered.body.cart.items[0].quantity).toBe(1)
  })

  it("refuses checkout when the stock ran out after adding, in the cart's language, and places no order", async () => {
    const shopper = email()
    const cartId = await checkoutCart(shopper, [{ variantId: variant.variantId, quantity: 1 }], { locale: "en-US" })
    // The product as the cart names it to the shopper, in the cart's language.
    const title = (await api(`/store/carts/${cartId}`)).body.cart.items[0].product_title
    await setAvailable(variant, 0)

    const res = await completeCart(cartId)

    expect(res.status).toBe(400)
    expect(res.body.code).toBe("insufficient_inventory")
    expect(res.body.message).toContain(title)
    expect(res.body.message).toMatch(/sold out\. Remove it from your cart/)
    const cart = await api(`/store/carts/${cartId}`)
    expect(cart.body.cart.completed_at).toBeNull()
    expect(await ordersFor([shopper])).toEqual([])
  })
})
