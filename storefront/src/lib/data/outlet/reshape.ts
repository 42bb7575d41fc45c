import type { ConsignmentReport, ConsignmentRow, Outlet, OutletCatalogRow, OutletOrder, OutletSession } from "@/lib/types/outlet"

export type RawOutlet = {
  id: string
  name: string
  handle: string
  pertamina_centre: string
  address_1: string
  address_2?: string | null
  city: string
  province: string
  postal_code?: string | null
  contact_name: string
  contact_phone: string
  contact_email: string
  payment_terms_days: number
  minimum_order_value: number
}

export type RawCatalogProduct = {
  id: string
  title: string
  case_pack_units: number
  variants: { id: string; sku: string | null; title: string; price: number | null }[]
}

export type RawOutletOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  metadata?: Record<string, unknown> | null
  item_total?: number
  shipping_total?: number
  total?: number
  shipping_methods?: { name?: string | null }[] | null
  items?: {
    id: string
    variant_id?: string | null
    variant_sku?: string | null
    product_title?: string | null
    variant_title?: string | null
    title: string
    quantity: number
    unit_price: number
    total?: number
  }[] | null
}

export function reshapeOutlet(raw: RawOutlet): Outlet {
  return {
    id: raw.id,
    name: raw.name,
    handle: raw.handle,
    pertaminaCentre: raw.pertamina_centre,
    address: [raw.address_1, raw.address_2, [raw.city, raw.province, raw.postal_code].filter(Boolean).join(", ")].filter((l): l is string => !!l),
    contactName: raw.contact_name,
    contactPhone: raw.contact_phone,
    contactEmail: raw.contact_email,
    paymentTermsDays: Number(raw.payment_terms_days),
    minimumOrderValue: Number(raw.minimum_order_value),
  }
}

export function reshapeSession(raw: { outlet: RawOutlet; buyer: { email: string; first_name?: string | null; last_name?: string | null } }): OutletSession {
  return {
    outlet: reshapeOutlet(raw.outlet),
    buyer: { email: raw.buyer.email, name: [raw.buyer.first_name, raw.buyer.last_name].filter(Boolean).join(" ") || raw.buyer.email },
  }
}

/** One row per priced variant, in catalog order; variants without a price can't be ordered and are left out. */
export function reshapeCatalog(products: RawCatalogProduct[]): OutletCatalogRow[] {
  return products.flatMap((p) =>
    p.variants.flatMap((v) =>
      typeof v.price === "number" && v.sku
        ? [{ variantId: v.id, sku: v.sku, productTitle: p.title, variantTitle: v.title, caseUnits: Math.max(1, Number(p.case_pack_units) || 1), unitPrice: v.price }]
        : []
    )
  )
}

const text = (value: unknown) => (typeof value === "string" && value ? value : null)

export function reshapeOrder(raw: RawOutletOrder): OutletOrder {
  const meta = raw.metadata ?? {}
  const paidAt = text(meta.invoice_paid_at)
  const consignment = !!text(meta.consignment_report_id)
  return {
    id: raw.id,
    kind: consignment ? "consignment" : "wholesale",
    displayId: raw.display_id,
    createdAt: raw.created_at,
    poNumber: text(meta.po_number) ?? (consignment ? `${text(meta.period_start)} – ${text(meta.period_end)}` : "—"),
    delivery: meta.delivery === "pickup" ? "pickup" : "delivery",
    dueDate: text(meta.invoice_due_date),
    termsDays: typeof meta.payment_terms_days === "number" ? meta.payment_terms_days : null,
    paidAt,
    paymentReference: text(meta.invoice_payment_reference),
    // A consignment sale's payment is captured when it is reported.
    status: raw.status === "canceled" ? "canceled" : paidAt || consignment ? "paid" : "awaiting",
    itemTotal: Number(raw.item_total ?? 0),
    shippingTotal: Number(raw.shipping_total ?? 0),
    total: Number(raw.total ?? 0),
    shippingMethod: raw.shipping_methods?.[0]?.name ?? null,
    lines: (raw.items ?? []).map((i) => ({
      id: i.id,
      variantId: i.variant_id ?? null,
      sku: i.variant_sku ?? "",
      title: [i.product_title ?? i.title, i.variant_title].filter(Boolean).join(" — "),
      quantity: Number(i.quantity),
      unitPrice: Number(i.unit_price),
      total: Number(i.total ?? Number(i.quantity) * Number(i.unit_price)),
    })),
  }
}

export type RawConsignment = {
  placement_id: string
  variant_id: string
  sku: string | null
  product_title: string
  variant_title: string
  batch_code: string
  expiry_date: string | null
  placed: number
  sold: number
  returned: number
  open: number
}

export function reshapeConsignment(raw: RawConsignment): ConsignmentRow {
  return {
    placementId: raw.placement_id,
    variantId: raw.variant_id,
    sku: raw.sku ?? "",
    title: [raw.product_title, raw.variant_title].filter(Boolean).join(" — "),
    batchCode: raw.batch_code,
    expiryDate: raw.expiry_date,
    placed: raw.placed,
    sold: raw.sold,
    returned: raw.returned,
    open: raw.open,
  }
}

export type RawConsignmentReport = { id: string; period_start: string; period_end: string; order_id: string | null; lines: { quantity: number }[] }

export function reshapeReport(raw: RawConsignmentReport): ConsignmentReport {
  return {
    id: raw.id,
    periodStart: raw.period_start,
    periodEnd: raw.period_end,
    orderId: raw.order_id,
    units: (raw.lines ?? []).reduce((sum, l) => sum + Number(l.quantity), 0),
  }
}
