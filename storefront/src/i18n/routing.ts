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
  pathnames: {
    "/": "/",
    "/products/[handle]": { id: "/produk/[handle]", en: "/products/[handle]" },
    "/categories/[handle]": { id: "/kategori/[handle]", en: "/categories/[handle]" },
    "/cohorts/[handle]": { id: "/kohort/[handle]", en: "/cohorts/[handle]" },
    "/search": { id: "/cari", en: "/search" },
  },
})

export type AppLocale = (typeof routing.locales)[number]
export type AppPathname = keyof typeof routing.pathnames
