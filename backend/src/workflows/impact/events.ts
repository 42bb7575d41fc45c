/**
 * Emitted by every workflow after which the impact figures may differ: ledger
 * entries written (capture, refund, cancellation), a payout statement paid, a
 * training or a programme input recorded or removed, a participant's profile
 * or cohort changed. subscribers/invalidate-impact.ts drops the cached public
 * figures and the storefront's `impact` tag.
 */
export const IMPACT_EVENTS = {
  FIGURES_CHANGED: "impact.figures-changed",
} as const

/** The tag the cached public figures carry, in Medusa's cache and in the storefront's; cleared on FIGURES_CHANGED. */
export const IMPACT_CACHE_TAG = "impact"
