import type { EmailLocale } from "./email-locale"

/** Every sentence of the order confirmation, per language. */
export const ORDER_CONFIRMATION_COPY = {
  id: {
    subject: (displayId: number) => `Pesanan #${displayId} diterima – Karya Binaan`,
    greeting: (name?: string | null) => `Halo${name ? ` ${name}` : ""},`,
    thanks: "Terima kasih sudah berbelanja di Karya Binaan. Pesanan Anda sudah kami terima.",
    orderNumber: "Nomor pesanan",
    items: "Barang:",
    subtotal: "Subtotal",
    shipping: "Ongkos kirim",
    total: "Total",
    phone: "Telepon",
    pickup: "Pengambilan",
    pickupNote: "Kami mengabari Anda saat pesanan siap diambil di outlet mitra. Bawa nomor pesanan ini.",
    delivery: "Pengiriman",
    shipTo: "Dikirim ke:",
    payment: "Pembayaran",
    methods: { bank: "Transfer bank", card: "Kartu kredit/debit (Stripe)" },
    cardPaid: "Pembayaran kartu Anda sudah kami terima dan akan ditagih saat pesanan diproses.",
    amountToTransfer: "Jumlah yang harus ditransfer",
    bank: "Bank",
    accountNumber: "Nomor rekening",
    accountHolder: "Atas nama",
    reference: (displayId: number) => `Berita transfer: Pesanan #${displayId}`,
    accountLater: "Rekening tujuan akan kami kirim terpisah; balas email ini bila belum menerimanya.",
    awaitingPayment:
      "Pesanan Anda MENUNGGU PEMBAYARAN sampai operator Karya Binaan mengonfirmasi transfer Anda. " +
      "Setelah itu pesanan diteruskan ke kelompok binaan yang membuatnya.",
    impact: "Setiap pembelian membantu warga binaan membangun keterampilan dan penghasilan.",
    regards: "Salam hangat,",
    team: "Tim Karya Binaan",
  },
  en: {
    subject: (displayId: number) => `Order #${displayId} received – Karya Binaan`,
    greeting: (name?: string | null) => `Hello${name ? ` ${name}` : ""},`,
    thanks: "Thank you for shopping at Karya Binaan. We have received your order.",
    orderNumber: "Order number",
    items: "Items:",
    subtotal: "Subtotal",
    shipping: "Shipping",
    total: "Total",
    phone: "Phone",
    pickup: "Pickup",
    pickupNote: "We will let you know when the order is ready at the partner outlet. Bring this order number.",
    delivery: "Delivery",
    shipTo: "Shipping to:",
    payment: "Payment",
    methods: { bank: "Bank transfer", card: "Credit/debit card (Stripe)" },
    cardPaid: "We have your card payment; it is charged when the order is processed.",
    amountToTransfer: "Amount to transfer",
    bank: "Bank",
    accountNumber: "Account number",
    accountHolder: "Account holder",
    reference: (displayId: number) => `Transfer reference: Order #${displayId}`,
    accountLater: "We will send the account to transfer to separately; reply to this email if it does not arrive.",
    awaitingPayment:
      "Your order is AWAITING PAYMENT until a Karya Binaan operator confirms your transfer. " +
      "Then it goes to the cohort that makes the goods.",
    impact: "Every purchase helps inmates and parolees build skills and an income.",
    regards: "Warm regards,",
    team: "The Karya Binaan team",
  },
} satisfies Record<EmailLocale, unknown>

export type OrderConfirmationCopy = (typeof ORDER_CONFIRMATION_COPY)["id"]
