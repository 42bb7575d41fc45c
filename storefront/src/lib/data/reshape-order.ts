import type { HttpTypes } from "@medusajs/types"
import type { OrderLine, OrderSummary, ShopOrder } from "@/lib/types/order"
import { orderProgress } from "@/lib/util/order-progress"
import { isPickup, orderPaymentProvider, orderPaymentState } from "@/lib/util/order-status"

export function reshapeOrderSummary(order: HttpTypes.StoreOrder): OrderSummary {
  return {
    id: order.id,
    displayId: order.display_id ?? null,
    createdAt: new Date(order.created_at).toISOString(),
    total: order.total,
    progress: orderProgress(order),
  }
}

function reshapeLine(item: HttpTypes.StoreOrderLineItem): OrderLine {
  return {
    id: item.id,
    // The product's name reads better than the line's own title (often the variant's).
    title: item.product_title ?? item.title,
    variantTitle: item.variant_title ?? null,
    thumbnail: item.thumbnail ?? null,
    quantity: item.quantity,
    unitPrice: item.unit_price,
    total: item.total,
  }
}

export function reshapeOrder(order: HttpTypes.StoreOrder): ShopOrder {
  const method = order.shipping_methods?.[0]
  const address = order.shipping_address
  return {
    ...reshapeOrderSummary(order),
    email: order.email ?? null,
    lines: (order.items ?? []).map(reshapeLine),
    itemTotal: order.item_total,
    shippingTotal: order.shipping_total,
    discountTotal: order.discount_total,
    shippingMethod: method?.name ?? null,
    pickup: isPickup(method),
    pickupOutlet: null,
    shippingAddress: address
      ? {
          first_name: address.first_name,
          last_name: address.last_name,
          address_1: address.address_1,
          address_2: address.address_2,
          city: address.city,
          province: address.province,
          postal_code: address.postal_code,
          phone: address.phone,
        }
      : null,
    paymentProvider: orderPaymentProvider(order),
    paymentState: orderPaymentState(order),
  }
}
