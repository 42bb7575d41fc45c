/** Same message for an unknown number and a wrong email: nobody learns which order numbers exist. */
export const ORDER_NOT_FOUND_MESSAGE =
  "Pesanan tidak ditemukan. Periksa kembali nomor pesanan dan email yang Anda pakai saat memesan."

/** Emails are compared as people type them: case and surrounding spaces don't matter. */
export function emailsMatch(given: string, onOrder: string | null | undefined): boolean {
  return !!onOrder && given.trim().toLowerCase() === onOrder.trim().toLowerCase()
}

type Numeric = number | string | { valueOf(): number | string } | null | undefined
type SourceAddress = { [field in (typeof ADDRESS_FIELDS)[number]]?: string | null } | null | undefined
type SourceOrder = {
  id: string
  display_id: number
  email?: string | null
  created_at: Date | string
  status: string
  payment_status?: string
  fulfillment_status?: string
  currency_code: string
  item_total?: Numeric
  shipping_total?: Numeric
  total?: Numeric
  items?: ({
    id: string
    title?: string | null
    product_title?: string | null
    variant_title?: string | null
    quantity: Numeric
    unit_price: Numeric
    total?: Numeric
    thumbnail?: string | null
  } | null)[] | null
  shipping_address?: SourceAddress
  shipping_methods?: ({ name?: string | null } | null)[] | null
  payment_collections?: ({
    payment_sessions?: ({ provider_id?: string | null } | null)[] | null
    payments?: ({ provider_id?: string | null } | null)[] | null
  } | null)[] | null
}

export type LookupOrder = ReturnType<typeof toLookupOrder>

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const

// Totals come out of Medusa as BigNumber objects (valueOf() may be a string); the shopper's page wants plain numbers.
const num = (value: Numeric): number => (value == null ? 0 : Number(value.valueOf()))

export function toLookupOrder(order: SourceOrder) {
  const address = order.shipping_address
  const providers = (order.payment_collections ?? []).flatMap((collection) => [
    ...(collection?.payments ?? []).map((p) => p?.provider_id),
    ...(collection?.payment_sessions ?? []).map((s) => s?.provider_id),
  ])
  return {
    id: order.id,
    display_id: order.display_id,
    email: order.email ?? null,
    created_at: order.created_at,
    status: order.status,
    payment_status: order.payment_status ?? null,
    fulfillment_status: order.fulfillment_status ?? null,
    currency_code: order.currency_code,
    items: (order.items ?? []).flatMap((item) =>
      item
        ? [
            {
              id: item.id,
              title: item.product_title ?? item.title ?? "",
              variant_title: item.variant_title ?? null,
              quantity: num(item.quantity),
              unit_price: num(item.unit_price),
              total: num(item.total),
              thumbnail: item.thumbnail ?? null,
            },
          ]
        : []
    ),
    // The items as the shopper paid for them (tax included, after discounts), so
    // subtotal + shipping_total = total; Medusa's own `subtotal` includes shipping.
    subtotal: num(order.item_total),
    shipping_total: num(order.shipping_total),
    total: num(order.total),
    shipping_address: address ? Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, address[f] ?? null])) : null,
    shipping_methods: (order.shipping_methods ?? []).flatMap((m) => (m?.name ? [{ name: m.name }] : [])),
    payment_provider_ids: [...new Set(providers.filter((id): id is string => !!id))],
  }
}
