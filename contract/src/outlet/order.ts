import type { OrderAddressDTO, OrderDetailDTO, OrderDTO, OrderLineItemDTO, OrderShippingMethodDTO } from "@medusajs/types"

/**
 * An outlet order is Medusa's own order, read by Medusa's order workflows with
 * the fields the portal and the invoice need; invoice terms, PO number and
 * payment live in `metadata`. Typed with Medusa's order DTOs because that is
 * what the route hands over: amounts are BigNumbers there and plain numbers in
 * the JSON, so readers take them through Number().
 */
export type OutletOrderLine = Pick<
  OrderLineItemDTO,
  "id" | "title" | "product_id" | "product_title" | "variant_id" | "variant_sku" | "variant_title" | "quantity" | "unit_price" | "total"
>

export type OutletOrder = Pick<
  OrderDTO,
  "id" | "display_id" | "created_at" | "status" | "sales_channel_id" | "metadata" | "currency_code" | "item_total" | "shipping_total" | "tax_total" | "total"
> &
  Partial<Pick<OrderDetailDTO, "payment_status" | "fulfillment_status">> & {
    /** Absent from the list (GET /outlet/orders), present on one order. */
    items?: OutletOrderLine[]
    shipping_address?: OrderAddressDTO
    shipping_methods?: Pick<OrderShippingMethodDTO, "name" | "amount">[]
  }

export type OutletOrderResponse = { order: OutletOrder }
export type OutletOrderListResponse = { orders: OutletOrder[]; count: number; limit: number; offset: number }
