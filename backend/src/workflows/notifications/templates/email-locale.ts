/**
 * The language an email is written in: the one the shopper used on the
 * storefront (Indonesian at /, English under /en). Carts and orders carry
 * Medusa's `locale` field ("en-US" from the English storefront, empty from the
 * Indonesian one); reset requests carry `metadata.locale`. Anything else, or
 * nothing, is Indonesian, the shop's default.
 */
export type EmailLocale = "id" | "en"

export function emailLocale(value: unknown): EmailLocale {
  return typeof value === "string" && /^en(-|_|$)/i.test(value.trim()) ? "en" : "id"
}

/**
 * Storefront pages the emails link to, per language (storefront/src/i18n/routing.ts:
 * Indonesian at the root, English under /en with English paths).
 */
const STOREFRONT_PATHS = {
  "/account/reset-password": { id: "/akun/atur-ulang-sandi", en: "/en/account/reset-password" },
  "/account/login": { id: "/akun/masuk", en: "/en/account/login" },
  "/account/forgot-password": { id: "/akun/lupa-sandi", en: "/en/account/forgot-password" },
  "/account/register/confirm": { id: "/akun/daftar/konfirmasi", en: "/en/account/register/confirm" },
  "/account/orders": { id: "/akun/pesanan", en: "/en/account/orders" },
  "/account/orders/attach": { id: "/akun/pesanan/tautkan", en: "/en/account/orders/attach" },
  "/track-order": { id: "/lacak-pesanan", en: "/en/track-order" },
  "/pay": { id: "/bayar", en: "/en/pay" },
} as const

export type StorefrontPage = keyof typeof STOREFRONT_PATHS

/** An absolute storefront URL of a page in the shopper's language, with query parameters. */
export function storefrontUrl(base: string, page: StorefrontPage, locale: EmailLocale, query: Record<string, string> = {}): string {
  const url = new URL(STOREFRONT_PATHS[page][locale], base)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  return url.toString()
}

/** The pay page of a cart waiting for its QRIS, e-wallet or VA payment: /bayar/<cart> ↔ /en/pay/<cart>. */
export function storefrontPayUrl(base: string, cartId: string, locale: EmailLocale): string {
  return new URL(`${STOREFRONT_PATHS["/pay"][locale]}/${encodeURIComponent(cartId)}`, base).toString()
}

/**
 * Where a buyer sends the makers a thank-you (the form at #ucapan): the
 * account order page for an account's order, else the track-order page, which
 * opens the order after its number and email (the guest's access from
 * checkout does not outlive the browser session).
 */
export function orderNoteUrl(base: string, order: { id: string; has_account: boolean }, locale: EmailLocale): string {
  const url = order.has_account
    ? new URL(`${STOREFRONT_PATHS["/account/orders"][locale]}/${encodeURIComponent(order.id)}`, base)
    : new URL(storefrontUrl(base, "/track-order", locale, { order: order.id }))
  url.hash = "ucapan"
  return url.toString()
}

/** The storefront's address: npm start and docker compose set it; the default is the storefront of `npm run dev`. */
export function storefrontBase(): string {
  return process.env.STOREFRONT_URL || "http://localhost:8000"
}
