import type { HttpTypes } from "@medusajs/types"

/**
 * An outlet order is Medusa's own order, read with the fields the portal and
 * the invoice need; invoice terms, PO number and payment live in `metadata`.
 */
export type OutletOrderLine = Pick<
  HttpTypes.AdminOrderLineItem,
  "id" | "title" | "product_id" | "product_title" | "variant_id" | "variant_sku" | "variant_title" | "quantity" | "unit_price" | "total"
>

export type OutletOrder = Pick<
  HttpTypes.AdminOrder,
  | "id"
  | "display_id"
  | "created_at"
  | "status"
  | "payment_status"
  | "fulfillment_status"
  | "sales_channel_id"
  | "metadata"
  | "currency_code"
  | "item_total"
  | "shipping_total"
  | "tax_total"
  | "total"
> & {
  /** Absent from the list (GET /outlet/orders), present on one order. */
  items?: OutletOrderLine[] | null
  shipping_address?: HttpTypes.AdminOrderAddress | null
  shipping_methods?: Pick<HttpTypes.AdminOrderShippingMethod, "name" | "amount">[] | null
}

export type OutletOrderResponse = { order: OutletOrder }
export type OutletOrderListResponse = { orders: OutletOrder[]; count: number; limit: number; offset: number }
