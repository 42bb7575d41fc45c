import { describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { addLine, createCart } from "../helpers/checkout"
import { placeOrder, registerCustomer, variantOf } from "../helpers/customers"
import { sql } from "../helpers/database"

// The storefront moves the visitor's cart onto the customer at every login
// (POST /store/carts/:id/customer). Medusa's transfer reads the customer through
// the store cache, and its step once altered the cached entry in place: the
// first transfer of a customer worked, every later one answered 500, and the
// cart of a returning customer stayed a guest's.
describe("a returning customer's cart moves to the account at every login", () => {
  it("transfers a second and a third cart to the same customer", async () => {
    const customer = await registerCustomer(`kembali.${Date.now()}${Math.floor(Math.random() * 1e6)}@contoh.id`)
    const variant = await variantOf(3)
    // The first visit: a cart moved at login, bought.
    await placeOrder(customer.email, variant, customer.token)
    for (const visit of ["second", "third"]) {
      const cartId = await createCart("tamu@contoh.id")
      expect((await addLine(cartId, variant, 1)).status, visit).toBe(200)
      const moved = await api(`/store/carts/${cartId}/customer`, { method: "POST", token: customer.token })
      expect(moved.status, `${visit}: ${JSON.stringify(moved.body)}`).toBe(200)
      // The store API does not show a cart's customer_id: read the row.
      const { rows } = await sql("select customer_id, email from cart where id = $1", [cartId])
      expect(rows[0], visit).toEqual({ customer_id: customer.id, email: customer.email })
    }
  })
})
