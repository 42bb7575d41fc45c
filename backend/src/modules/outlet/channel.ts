/**
 * An outlet's sales channel carries `metadata.channel === "outlet"` and its
 * `outlet_id`: revenue-share rules (issue 5) and the checkout hook recognise
 * outlet sales by it without reading the outlet module.
 */
export const OUTLET_CHANNEL = "outlet"

type ChannelLike = { metadata?: Record<string, unknown> | null } | null | undefined

/** The outlet id behind a sales channel, or null for the shop's own channel. */
export function outletIdOfChannel(channel: ChannelLike): string | null {
  const meta = channel?.metadata
  if (!meta || meta.channel !== OUTLET_CHANNEL || typeof meta.outlet_id !== "string") return null
  return meta.outlet_id
}

/** Consignment sales run in a second outlet channel, marked `metadata.mode === "consignment"`. */
export const CONSIGNMENT_MODE = "consignment"

export function isConsignmentChannel(channel: ChannelLike): boolean {
  return !!outletIdOfChannel(channel) && channel?.metadata?.mode === CONSIGNMENT_MODE
}
