import "server-only"

// Every setting is read when a request needs it, never at import time, so one
// `next build` serves any backend (npm start, npm test, docker compose).

export function backendUrl(): string {
  return (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
}

export function publishableKey(): string {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!key) {
    throw new Error("MEDUSA_PUBLISHABLE_KEY is not set: the storefront cannot read the store API without it")
  }
  return key
}

/** The storefront's public origin, for canonical links and Open Graph. */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL || "http://localhost:8000")
}

/** Shared with the backend, which calls /api/revalidate when the catalog changes. */
export function revalidateSecret(): string | undefined {
  return process.env.REVALIDATE_SECRET || undefined
}

/**
 * Stripe's publishable key for card payments. Read per request and handed to
 * the card form, so one build can run with or without Stripe; unset hides card.
 */
export function stripePublishableKey(): string | undefined {
  return process.env.STRIPE_PUBLISHABLE_KEY || undefined
}
