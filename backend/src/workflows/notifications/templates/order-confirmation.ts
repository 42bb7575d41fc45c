import type { BankTransfer } from "../../bank-transfer/bank-transfer"
import { orderNoteUrl, storefrontBase, type EmailLocale } from "./email-locale"
import { ORDER_CONFIRMATION_COPY, type OrderConfirmationCopy } from "./order-confirmation-copy"
import { BANK_TRANSFER_PROVIDER_ID, PAY_AT_OUTLET_PROVIDER_ID, STRIPE_PROVIDER_ID } from "../../../lib/payment-providers"
import { paymentMethodLabel } from "./payment-methods"
import { openingHoursText } from "../../pickup/opening-hours-text"
import type { OpeningHoursType } from "../../../modules/outlet/opening-hours"
import { formatRupiah } from "../../../lib/rupiah"

export const ORDER_CONFIRMATION_TEMPLATE = "order-confirmation"

type Amount = number | string | { valueOf(): number }

export type ConfirmationOrder = {
  /** With it, the email links to the thank-you form on the order's page. */
  id?: string
  /** Whether the order belongs to a registered account (its page) or a guest (track-order). */
  has_account?: boolean
  display_id: number
  email: string
  /** The order's locale (BCP 47, e.g. "en-US"); empty means Indonesian. */
  locale?: string | null
  items: { title: string; variant_title?: string | null; quantity: number; total: Amount }[]
  subtotal: Amount
  shipping_total: Amount
  total: Amount
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    phone?: string | null
  } | null
  shipping_method?: { name: string; pickup: boolean } | null
  payment_provider_id?: string | null
  /** The partner outlet a pickup is collected at. */
  pickup_outlet?: {
    name: string
    address_1: string
    address_2?: string | null
    city: string
    postal_code?: string | null
    contact_phone: string
    opening_hours?: OpeningHoursType | null
  } | null
  /** When an uncollected pay-at-outlet order is cancelled (ISO). */
  pay_at_outlet_by?: string | null
}

const longDate = (iso: string, locale: EmailLocale) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeZone: "Asia/Jakarta" }).format(new Date(iso))

function addressLines(address: NonNullable<ConfirmationOrder["shipping_address"]>, copy: OrderConfirmationCopy): string[] {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const place = [address.city, address.province].filter(Boolean).join(", ")
  return [
    name,
    address.address_1,
    address.address_2,
    [place, address.postal_code].filter(Boolean).join(" "),
    address.phone ? `${copy.phone}: ${address.phone}` : undefined,
  ].filter((line): line is string => !!line)
}

function deliveryLines(order: ConfirmationOrder, copy: OrderConfirmationCopy, locale: EmailLocale): string[] {
  const method = order.shipping_method
  if (method?.pickup) {
    const outlet = order.pickup_outlet
    return [
      `${copy.pickup}: ${method.name}`,
      ...(outlet
        ? [
            `${copy.pickupAt}: ${outlet.name}`,
            `  ${outlet.address_1}`,
            ...(outlet.address_2 ? [`  ${outlet.address_2}`] : []),
            `  ${[outlet.city, outlet.postal_code].filter(Boolean).join(" ")}`,
            `  ${copy.openingHours}: ${openingHoursText(outlet.opening_hours, locale)}`,
            `  ${copy.phone}: ${outlet.contact_phone}`,
          ]
        : []),
      copy.pickupNote,
    ]
  }
  const lines = [`${copy.delivery}: ${method?.name ?? "-"}`]
  if (order.shipping_address) lines.push(copy.shipTo, ...addressLines(order.shipping_address, copy).map((l) => `  ${l}`))
  return lines
}

function paymentLines(order: ConfirmationOrder, bankTransfer: BankTransfer | null, copy: OrderConfirmationCopy, locale: EmailLocale): string[] {
  const provider = order.payment_provider_id
  if (!provider) return [`${copy.payment}: -`]
  const lines = [`${copy.payment}: ${paymentMethodLabel(provider, locale)}`]
  if (provider === PAY_AT_OUTLET_PROVIDER_ID) {
    return [...lines, "", copy.payAtOutlet(formatRupiah(order.total), order.pay_at_outlet_by ? longDate(order.pay_at_outlet_by, locale) : null), copy.payAtOutletHold]
  }
  if (provider === STRIPE_PROVIDER_ID) return [...lines, copy.cardPaid]
  // A gateway payment (Midtrans) places the order only once paid.
  if (provider !== BANK_TRANSFER_PROVIDER_ID) return [...lines, copy.paidOnline]
  lines.push("", `${copy.amountToTransfer}: ${formatRupiah(order.total)}`)
  if (bankTransfer) {
    lines.push(
      `${copy.bank}: ${bankTransfer.bank_name}`,
      `${copy.accountNumber}: ${bankTransfer.account_number}`,
      `${copy.accountHolder}: ${bankTransfer.account_holder}`,
      copy.reference(order.display_id),
      "",
      bankTransfer.instructions[locale]
    )
  } else {
    lines.push(copy.accountLater)
  }
  lines.push("", copy.awaitingPayment)
  return lines
}

/** The order confirmation email in the language the order was placed in, as plain text. */
export function renderOrderConfirmation(order: ConfirmationOrder, bankTransfer: BankTransfer | null, locale: EmailLocale = "id") {
  const copy = ORDER_CONFIRMATION_COPY[locale]
  const name = order.shipping_address?.first_name
  const items = order.items.map((item) => {
    const variant = item.variant_title ? ` (${item.variant_title})` : ""
    return `- ${item.title}${variant} × ${item.quantity}: ${formatRupiah(item.total)}`
  })
  const text = [
    copy.greeting(name),
    "",
    copy.thanks,
    "",
    `${copy.orderNumber}: #${order.display_id}`,
    "",
    copy.items,
    ...items,
    "",
    `${copy.subtotal}: ${formatRupiah(order.subtotal)}`,
    `${copy.shipping}: ${formatRupiah(order.shipping_total)}`,
    `${copy.total}: ${formatRupiah(order.total)}`,
    "",
    ...deliveryLines(order, copy, locale),
    "",
    ...paymentLines(order, bankTransfer, copy, locale),
    "",
    copy.impact,
    ...(order.id ? [copy.noteInvite, orderNoteUrl(storefrontBase(), { id: order.id, has_account: !!order.has_account }, locale), ""] : []),
    copy.regards,
    copy.team,
  ].join("\n")
  return { subject: copy.subject(order.display_id), text }
}
