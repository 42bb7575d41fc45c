import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

// Messages and routing live in src/i18n; the plugin wires request.ts into Next.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  // The server reads MEDUSA_* and SITE_URL at request time, so one build serves any backend.
  poweredByHeader: false,
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
