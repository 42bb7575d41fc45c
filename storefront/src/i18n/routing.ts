import { defineRouting } from "next-intl/routing"

/**
 * Indonesian first: it lives at the root (/produk/…), English under /en
 * (/en/products/…). Folder names under app/[locale] are the internal
 * pathnames; each locale shows its own words in the address bar.
 */
export const routing = defineRouting({
  locales: ["id", "en"],
  defaultLocale: "id",
  localePrefix: "as-needed",
  // The address decides the language: / is always Indonesian, /en always English,
  // whatever the browser asks for, so shared links show what the sender saw.
  localeDetection: false,
  // Nor does a cookie: with detection off nothing reads it, and a Set-Cookie
  // on every catalog page would keep a CDN or proxy from sharing the page.
  localeCookie: false,
  // Nor a Link header of hreflang alternates: every page's <head> already lists
  // them (lib/metadata.ts, from SITE_URL), and building the header meant walking
  // every localized pathname on every request, cached pages included.
  alternateLinks: false,
  pathnames: {
    "/": "/",
    "/products/[handle]": { id: "/produk/[handle]", en: "/products/[handle]" },
    "/categories/[handle]": { id: "/kategori/[handle]", en: "/categories/[handle]" },
    "/cohorts/[handle]": { id: "/kohort/[handle]", en: "/cohorts/[handle]" },
    "/search": { id: "/cari", en: "/search" },
    // Buying (issue 3).
    "/cart": { id: "/keranjang", en: "/cart" },
    "/checkout": { id: "/checkout", en: "/checkout" },
    "/orders/[id]/confirmed": { id: "/pesanan/[id]/berhasil", en: "/orders/[id]/confirmed" },
    "/orders/lookup": { id: "/lacak-pesanan", en: "/track-order" },
    // Paying by QRIS, e-wallet or virtual account (issue 16): keyed by the cart,
    // which becomes an order only once the gateway says it is paid.
    "/pay/[cartId]": { id: "/bayar/[cartId]", en: "/pay/[cartId]" },
    // Customer accounts (issue 3). The backend's password-reset email links to
    // /akun/atur-ulang-sandi, so that one must not move.
    "/account": { id: "/akun", en: "/account" },
    "/account/login": { id: "/akun/masuk", en: "/account/login" },
    "/account/register": { id: "/akun/daftar", en: "/account/register" },
    // The backend's registration email links here (backend email-locale.ts), so it must not move.
    "/account/register/confirm": { id: "/akun/daftar/konfirmasi", en: "/account/register/confirm" },
    "/account/profile": { id: "/akun/profil", en: "/account/profile" },
    "/account/addresses": { id: "/akun/alamat", en: "/account/addresses" },
    "/account/orders": { id: "/akun/pesanan", en: "/account/orders" },
    "/account/orders/[id]": { id: "/akun/pesanan/[id]", en: "/account/orders/[id]" },
    // The backend's order-transfer email links to these (backend email-locale.ts), so they must not move.
    "/account/orders/attach": { id: "/akun/pesanan/tautkan", en: "/account/orders/attach" },
    "/account/forgot-password": { id: "/akun/lupa-sandi", en: "/account/forgot-password" },
    "/account/reset-password": { id: "/akun/atur-ulang-sandi", en: "/account/reset-password" },
    // The coordinator portal (issue 4). The backend's invitation email links to
    // /koordinator/undangan?token=…, so that one must not move.
    "/coordinator": { id: "/koordinator", en: "/coordinator" },
    "/coordinator/login": { id: "/koordinator/masuk", en: "/coordinator/login" },
    "/coordinator/invitation": { id: "/koordinator/undangan", en: "/coordinator/invitation" },
    "/coordinator/products": { id: "/koordinator/produk", en: "/coordinator/products" },
    "/coordinator/products/new": { id: "/koordinator/produk/baru", en: "/coordinator/products/new" },
    "/coordinator/products/[id]": { id: "/koordinator/produk/[id]", en: "/coordinator/products/[id]" },
    "/coordinator/batches": { id: "/koordinator/batch", en: "/coordinator/batches" },
    "/coordinator/batches/new": { id: "/koordinator/batch/baru", en: "/coordinator/batches/new" },
    "/coordinator/batches/[id]": { id: "/koordinator/batch/[id]", en: "/coordinator/batches/[id]" },
    "/coordinator/participants": { id: "/koordinator/peserta", en: "/coordinator/participants" },
    "/coordinator/orders": { id: "/koordinator/pesanan", en: "/coordinator/orders" },
    // The outlet portal (issue 6). The backend's invitation email links to
    // /outlet/undangan?token=…, so that one must not move.
    "/outlet": { id: "/outlet", en: "/outlet" },
    "/outlet/login": { id: "/outlet/masuk", en: "/outlet/login" },
    "/outlet/invitation": { id: "/outlet/undangan", en: "/outlet/invitation" },
    "/outlet/orders": { id: "/outlet/pesanan", en: "/outlet/orders" },
    "/outlet/orders/[id]": { id: "/outlet/pesanan/[id]", en: "/outlet/orders/[id]" },
    "/outlet/orders/[id]/invoice": { id: "/outlet/pesanan/[id]/faktur", en: "/outlet/orders/[id]/invoice" },
    "/outlet/consignment": { id: "/outlet/titipan", en: "/outlet/consignment" },
    "/outlet/pickups": { id: "/outlet/diambil", en: "/outlet/pickups" },
    // Earnings and payout statements (issue 5).
    "/coordinator/earnings": { id: "/koordinator/pendapatan", en: "/coordinator/earnings" },
    "/coordinator/statements": { id: "/koordinator/slip", en: "/coordinator/statements" },
    "/coordinator/statements/[id]": { id: "/koordinator/slip/[id]", en: "/coordinator/statements/[id]" },
    "/coordinator/statements/[id]/print": { id: "/koordinator/slip/[id]/cetak", en: "/coordinator/statements/[id]/print" },
    // Impact (issue 17): the public page, and the coordinator's trainings and report.
    "/impact": { id: "/dampak", en: "/impact" },
    "/coordinator/trainings": { id: "/koordinator/pelatihan", en: "/coordinator/trainings" },
    "/coordinator/impact": { id: "/koordinator/dampak", en: "/coordinator/impact" },
    // Thank-you notes from buyers, moderated by the cohort's coordinator (issue 17).
    "/coordinator/notes": { id: "/koordinator/pesan", en: "/coordinator/notes" },
  },
})

export type AppLocale = (typeof routing.locales)[number]
export type AppPathname = keyof typeof routing.pathnames
