import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { catalogRewrites } from "./src/i18n/address-rules"

// Messages and routing live in src/i18n; the plugin wires request.ts into Next.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

// One policy for every response, fixed at build time, no per-request nonce: a
// nonce would make every catalog page render per visitor instead of coming from
// the shared page cache. Next's App Router streams its page data as inline
// <script> tags whose content differs per page, so hashes cannot list them;
// scripts are therefore limited to our own origin, inline, and Stripe.js (the
// card form). What the policy still closes: framing (clickjacking), plugins,
// <base> rewriting, form posts and fetches to other origins (exfiltration).
// Images may come from the backend or an S3 bucket whose address is set when
// the server starts, not at build, so any image source is allowed.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline' https://js.stripe.com${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src * data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https://api.stripe.com",
  "frame-src https://js.stripe.com https://hooks.stripe.com",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ")

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(self \"https://js.stripe.com\")" },
]

const nextConfig: NextConfig = {
  // The server reads MEDUSA_* and SITE_URL at request time, so one build serves any backend.
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }]
  },
  // The shared catalog pages' addresses, compiled once rather than matched by the proxy per request.
  async rewrites() {
    return { beforeFiles: [], afterFiles: catalogRewrites(), fallback: [] }
  },
  // Rendered catalog pages live in memory only: a restarted storefront (or one
  // pointed at a freshly seeded backend) starts clean instead of serving pages
  // rendered from data it missed the revalidation calls for. Room for a few
  // thousand pages; the least used ones are rendered again when asked for.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // The coordinator portal's product form posts its photos through a server
    // action (and the locale proxy): up to 8 photos of 5 MB each, plus the text.
    serverActions: { bodySizeLimit: "42mb" },
    proxyClientMaxBodySize: "42mb",
  },
}

export default withNextIntl(nextConfig)
