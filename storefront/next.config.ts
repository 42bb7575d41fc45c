import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

// Messages and routing live in src/i18n; the plugin wires request.ts into Next.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  // The server reads MEDUSA_* and SITE_URL at request time, so one build serves any backend.
  poweredByHeader: false,
}

export default withNextIntl(nextConfig)
