import type { BankTransfer } from "../../bank-transfer/bank-transfer"
import { BANK_TRANSFER_PROVIDER_ID, PAY_AT_OUTLET_PROVIDER_ID, paymentMethodLabel } from "./payment-methods"
import { openingHoursText } from "../../pickup/opening-hours-text"
import type { OpeningHoursType } from "../../../modules/outlet/opening-hours"
import { formatRupiah } from "../../../lib/rupiah"

export const ORDER_CONFIRMATION_TEMPLATE = "order-confirmation"

type Amount = number | string | { valueOf(): number }

export type ConfirmationOrder = {
  display_id: number
  email: string
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

const longDate = (iso: string) => new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: "Asia/Jakarta" }).format(new Date(iso))

function addressLines(address: NonNullable<ConfirmationOrder["shipping_address"]>): string[] {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const place = [address.city, address.province].filter(Boolean).join(", ")
  return [
    name,
    address.address_1,
    address.address_2,
    [place, address.postal_code].filter(Boolean).join(" "),
    address.phone ? `Telepon: ${address.phone}` : undefined,
  ].filter((line): line is string => !!line)
}

function deliveryLines(order: ConfirmationOrder): string[] {
  const method = order.shipping_method
  if (method?.pickup) {
    const outlet = order.pickup_outlet
    return [
      `Pengambilan: ${method.name}`,
      ...(outlet
        ? [
            `Diambil di: ${outlet.name}`,
            `  ${outlet.address_1}`,
            ...(outlet.address_2 ? [`  ${outlet.address_2}`] : []),
            `  ${[outlet.city, outlet.postal_code].filter(Boolean).join(" ")}`,
            `  Jam buka: ${openingHoursText(outlet.opening_hours)}`,
            `  Telepon: ${outlet.contact_phone}`,
          ]
        : []),
      "Kami mengabari Anda saat pesanan siap diambil di outlet mitra. Bawa nomor pesanan ini.",
    ]
  }
  const lines = [`Pengiriman: ${method?.name ?? "-"}`]
  if (order.shipping_address) lines.push("Dikirim ke:", ...addressLines(order.shipping_address).map((l) => `  ${l}`))
  return lines
}

function paymentLines(order: ConfirmationOrder, bankTransfer: BankTransfer | null): string[] {
  const provider = order.payment_provider_id
  if (!provider) return ["Pembayaran: -"]
  const lines = [`Pembayaran: ${paymentMethodLabel(provider)}`]
  if (provider === PAY_AT_OUTLET_PROVIDER_ID) {
    const by = order.pay_at_outlet_by ? `, paling lambat ${longDate(order.pay_at_outlet_by)}` : ""
    return [
      ...lines,
      "",
      `Bayar tunai ${formatRupiah(order.total)} di outlet saat mengambil pesanan${by}.`,
      "Barang Anda kami simpan sampai tanggal itu; pesanan yang tidak diambil dibatalkan.",
    ]
  }
  if (provider !== BANK_TRANSFER_PROVIDER_ID) {
    return [...lines, "Pembayaran kartu Anda sudah kami terima dan akan ditagih saat pesanan diproses."]
  }
  lines.push("", `Jumlah yang harus ditransfer: ${formatRupiah(order.total)}`)
  if (bankTransfer) {
    lines.push(
      `Bank: ${bankTransfer.bank_name}`,
      `Nomor rekening: ${bankTransfer.account_number}`,
      `Atas nama: ${bankTransfer.account_holder}`,
      `Berita transfer: Pesanan #${order.display_id}`,
      "",
      bankTransfer.instructions.id
    )
  } else {
    lines.push("Rekening tujuan akan kami kirim terpisah; balas email ini bila belum menerimanya.")
  }
  lines.push(
    "",
    "Pesanan Anda MENUNGGU PEMBAYARAN sampai operator Karya Binaan mengonfirmasi transfer Anda. " +
      "Setelah itu pesanan diteruskan ke kelompok binaan yang membuatnya."
  )
  return lines
}

/** The order confirmation email, in Indonesian, as plain text. */
export function renderOrderConfirmation(order: ConfirmationOrder, bankTransfer: BankTransfer | null) {
  const name = order.shipping_address?.first_name
  const items = order.items.map((item) => {
    const variant = item.variant_title ? ` (${item.variant_title})` : ""
    return `- ${item.title}${variant} × ${item.quantity}: ${formatRupiah(item.total)}`
  })
  const text = [
    `Halo${name ? ` ${name}` : ""},`,
    "",
    "Terima kasih sudah berbelanja di Karya Binaan. Pesanan Anda sudah kami terima.",
    "",
    `Nomor pesanan: #${order.display_id}`,
    "",
    "Barang:",
    ...items,
    "",
    `Subtotal: ${formatRupiah(order.subtotal)}`,
    `Ongkos kirim: ${formatRupiah(order.shipping_total)}`,
    `Total: ${formatRupiah(order.total)}`,
    "",
    ...deliveryLines(order),
    "",
    ...paymentLines(order, bankTransfer),
    "",
    "Setiap pembelian membantu warga binaan membangun keterampilan dan penghasilan.",
    "Salam hangat,",
    "Tim Karya Binaan",
  ].join("\n")
  return { subject: `Pesanan #${order.display_id} diterima – Karya Binaan`, text }
}
