import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

// Messages and routing live in src/i18n; the plugin wires request.ts into Next.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  // The server reads MEDUSA_* and SITE_URL at request time, so one build serves any backend.
  poweredByHeader: false,
  experimental: {
    // The coordinator portal's product form posts its photos through a server
    // action (and the locale proxy): up to 8 photos of 5 MB each, plus the text.
    serverActions: { bodySizeLimit: "42mb" },
    proxyClientMaxBodySize: "42mb",
  },
}

export default withNextIntl(nextConfig)
