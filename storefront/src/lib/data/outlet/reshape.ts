import type * as Api from "@karya-binaan/contract"
import { isoString } from "../date-time"
import type { ConsignmentReport, ConsignmentRow, Outlet, OutletCatalogRow, OutletOrder, OutletSession } from "@/lib/types/outlet"

// The /outlet/* answers typed by the backend's own contract (@karya-binaan/contract),
// mapped to the portal's view types.

export function reshapeOutlet(raw: Api.OutletProfile): Outlet {
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

export function reshapeSession(raw: Api.OutletMeResponse): OutletSession {
  return {
    outlet: reshapeOutlet(raw.outlet),
    // A buyer always signs in by email; Medusa's customer type allows none.
    buyer: { email: raw.buyer.email ?? "", name: [raw.buyer.first_name, raw.buyer.last_name].filter(Boolean).join(" ") || (raw.buyer.email ?? "") },
  }
}

/** One row per priced variant, in catalog order; variants without a price can't be ordered and are left out. */
export function reshapeCatalog(products: Api.OutletCatalogProduct[]): OutletCatalogRow[] {
  return products.flatMap((p) =>
    p.variants.flatMap((v) =>
      typeof v.price === "number" && v.sku
        ? [{ variantId: v.id, sku: v.sku, productTitle: p.title, variantTitle: v.title, caseUnits: Math.max(1, Number(p.case_pack_units) || 1), unitPrice: v.price }]
        : []
    )
  )
}

const text = (value: unknown) => (typeof value === "string" && value ? value : null)

export function reshapeOrder(raw: Api.OutletOrder): OutletOrder {
  const meta = raw.metadata ?? {}
  const paidAt = text(meta.invoice_paid_at)
  const consignment = !!text(meta.consignment_report_id)
  return {
    id: raw.id,
    kind: consignment ? "consignment" : "wholesale",
    displayId: raw.display_id,
    createdAt: isoString(raw.created_at),
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

export function reshapeConsignment(raw: Api.ConsignmentStock): ConsignmentRow {
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

export function reshapeReport(raw: Api.ConsignmentReport): ConsignmentReport {
  return {
    id: raw.id,
    periodStart: isoString(raw.period_start),
    periodEnd: isoString(raw.period_end),
    orderId: raw.order_id,
    units: (Array.isArray(raw.lines) ? raw.lines : []).reduce((sum, l) => sum + Number(l.quantity), 0),
  }
}
