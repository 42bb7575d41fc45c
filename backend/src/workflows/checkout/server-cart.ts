import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"

export type ServerCartAddress = {
  first_name: string
  last_name: string
  company?: string
  address_1: string
  address_2?: string
  city: string
  province: string
  postal_code?: string
  country_code: string
  phone?: string
}

export type ServerCartInput = {
  region_id: string
  sales_channel_id: string
  /** Prices follow the customer's groups; without one, the shop's prices apply. */
  customer_id?: string
  email: string
  locale?: string
  items: { variant_id: string; quantity: number }[]
  address: ServerCartAddress
  /** Shipping option type code (seed-data/shipping.ts): `reguler`, `pickup`. */
  shipping_code: "reguler" | "pickup"
  /** Payment provider; an order on invoice uses Medusa's manual one. */
  provider_id: string
  metadata: Record<string, unknown>
}

/**
 * An order placed server-side through Medusa's own cart path (cart, delivery,
 * payment session, complete), for channels no publishable key reaches (an
 * outlet's). Each step is a core workflow with its own rollback, and the
 * complete-cart hooks run as for any cart; a failure after the cart exists
 * leaves an incomplete cart, as an abandoned checkout does.
 */
export async function checkoutServerCart(container: MedusaContainer, input: ServerCartInput): Promise<{ order_id: string }> {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: input.region_id,
      sales_channel_id: input.sales_channel_id,
      ...(input.customer_id ? { customer_id: input.customer_id } : {}),
      email: input.email,
      locale: input.locale,
      items: input.items,
      shipping_address: input.address,
      billing_address: input.address,
      // The order inherits the cart's metadata.
      metadata: input.metadata,
    },
  })
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const option = (options as { id: string; type?: { code?: string } | null }[]).find((o) => o.type?.code === input.shipping_code)
  if (!option) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Opsi pengiriman untuk outlet belum tersedia")
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: option.id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: input.provider_id, ...(input.customer_id ? { customer_id: input.customer_id } : {}) },
  })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  return { order_id: result.id }
}
