import type { HttpTypes } from "@medusajs/types"
import type { StorePickupOutlet } from "@karya-binaan/contract"
import type { OrderProgress } from "@/lib/util/order-progress"
import type { OrderPaymentState } from "@/lib/util/order-status"

/** A shopper's order in a list: number, date, where it stands and its total. */
export type OrderSummary = {
  id: string
  /** The number on the confirmation email; null only for an order Medusa has not numbered. */
  displayId: number | null
  createdAt: string
  total: number
  progress: OrderProgress
}

export type OrderLine = {
  id: string
  title: string
  variantTitle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
}

/** One order as a shopper reads it: the confirmation page, the account's order page and the guest order lookup. */
export type ShopOrder = OrderSummary & {
  email: string | null
  lines: OrderLine[]
  itemTotal: number
  shippingTotal: number
  discountTotal: number
  /** The shipping option's name; null when the order has none. */
  shippingMethod: string | null
  /** A partner-outlet pickup delivers to no address. */
  pickup: boolean
  /** The outlet the shopper collects at (filled by lib/data/orders from the order's metadata). */
  pickupOutlet: StorePickupOutlet | null
  shippingAddress: Pick<
    HttpTypes.StoreOrderAddress,
    "first_name" | "last_name" | "address_1" | "address_2" | "city" | "province" | "postal_code" | "phone"
  > | null
  paymentProvider: string | null
  paymentState: OrderPaymentState
}
