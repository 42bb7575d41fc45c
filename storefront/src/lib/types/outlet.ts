/** The buyer's outlet as the portal shows it (header, order form, invoice). */
export type Outlet = {
  id: string
  name: string
  handle: string
  pertaminaCentre: string
  address: string[]
  contactName: string
  contactPhone: string
  contactEmail: string
  paymentTermsDays: number
  minimumOrderValue: number
}

export type OutletBuyer = { email: string; name: string }

export type OutletSession = { outlet: Outlet; buyer: OutletBuyer }

/** One orderable variant at the outlet's wholesale price, sold in cartons of `caseUnits`. */
export type OutletCatalogRow = {
  variantId: string
  sku: string
  productTitle: string
  variantTitle: string
  caseUnits: number
  unitPrice: number
}

/** Fee per way of receiving an order (whole rupiah); absent or null when the backend has no price for it. */
export type OutletDeliveryFees = Partial<Record<"delivery" | "pickup", number | null>>

export type OutletOrderLine = { id: string; variantId: string | null; sku: string; title: string; quantity: number; unitPrice: number; total: number }

export type OutletOrder = {
  id: string
  /** A wholesale order on invoice, or a consignment sale from a sell-through report (paid at once). */
  kind: "wholesale" | "consignment"
  displayId: number
  createdAt: string
  poNumber: string
  delivery: "delivery" | "pickup"
  dueDate: string | null
  termsDays: number | null
  paidAt: string | null
  paymentReference: string | null
  status: "awaiting" | "paid" | "canceled"
  itemTotal: number
  shippingTotal: number
  total: number
  shippingMethod: string | null
  lines: OutletOrderLine[]
}

/** Consigned goods at the outlet, one row per placed batch. */
export type ConsignmentRow = {
  placementId: string
  variantId: string
  sku: string
  title: string
  batchCode: string
  expiryDate: string | null
  placed: number
  sold: number
  returned: number
  open: number
}

export type ConsignmentReport = { id: string; periodStart: string; periodEnd: string; orderId: string | null; units: number }
