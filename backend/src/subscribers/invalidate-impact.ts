import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clearCachedReads } from "../lib/cached-read"
import { revalidateStorefront } from "../lib/storefront-revalidate"
import { IMPACT_CACHE_TAG, IMPACT_EVENTS } from "../workflows/impact/events"

/**
 * The public impact figures changed (a capture, refund, cancellation, paid
 * payout, training, programme input or participant profile): drop them from
 * Medusa's cache and from the storefront's (`impact` tag), on whichever
 * process handles the event.
 */
export default async function invalidateImpact({ event, container }: SubscriberArgs<unknown>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await clearCachedReads(container, [IMPACT_CACHE_TAG])
  } catch (error) {
    logger.error(`Impact cache not cleared after ${event.name}: ${(error as Error).message}`)
    throw error
  }
  await revalidateStorefront([IMPACT_CACHE_TAG], logger)
}

export const config: SubscriberConfig = {
  event: IMPACT_EVENTS.FIGURES_CHANGED,
  context: { subscriberId: "invalidate-impact" },
}
