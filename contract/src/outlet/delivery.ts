/** A way an outlet receives its order, with the fee its order will be charged (whole rupiah; null when unpriced). */
export type OutletDeliveryOption = { delivery: "delivery" | "pickup"; name: string; amount: number | null }

export type OutletDeliveryOptionsResponse = { delivery_options: OutletDeliveryOption[] }
