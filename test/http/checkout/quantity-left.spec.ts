import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { addLine, createCart, seededVariant, setAvailable, type StockedVariant } from "../helpers/checkout"

const email = () => `${unique("tinggal")}@pembeli.test`

// Medusa alone answers a huge quantity with "Some variant does not have the
// required inventory"; the shopper must hear how many are left instead.
describe("a quantity beyond the stock is refused with how many are left", () => {
  let variant: StockedVariant

  beforeAll(async () => {
    variant = await seededVariant(16)
  })

  // The browser suites buy this product later (admin-revenue-shares): leave it on sale.
  afterAll(async () => {
    await setAvailable(variant, 30)
  })

  beforeEach(async () => {
    await setAvailable(variant, 7)
  })

  it("adding 100000 names the product and the 7 left, in Indonesian by default", async () => {
    const cartId = await createCart(email())
    const res = await addLine(cartId, variant.variantId, 100000)
    expect(res.status).toBe(400)
    expect(res.body).toEqual(expect.objectContaining({ code: "insufficient_inventory", message: expect.stringMatching(/^Stok "Tas Bekal[^"]*" tinggal 7\./) }))
  })

  it("changing a line to 999999 in an English cart says only 7 are left, and the line keeps its quantity", async () => {
    const cartId = await createCart(email(), { locale: "en-US" })
    const line = (await addLine(cartId, variant.variantId, 2)).body.cart.items[0]
    const res = await api(`/store/carts/${cartId}/line-items/${line.id}`, { body: { quantity: 999999 } })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/^Only 7 of ".+" left\. Lower the quantity to 7 or fewer\.$/)
    expect((await api(`/store/carts/${cartId}`)).body.cart.items[0].quantity).toBe(2)
  })

  it("counts what the cart already holds when the same product is added again", async () => {
    const cartId = await createCart(email())
    expect((await addLine(cartId, variant.variantId, 5)).status).toBe(200)
    const res = await addLine(cartId, variant.variantId, 3)
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/tinggal 7/)
    expect((await addLine(cartId, variant.variantId, 2)).status).toBe(200)
  })

  it("says sold out when nothing is left", async () => {
    await setAvailable(variant, 0)
    const res = await addLine(await createCart(email()), variant.variantId, 1)
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/^Stok ".+" habis\.$/)
  })
})
