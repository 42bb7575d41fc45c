/**
 * The rules of an outlet's wholesale price list: its buyers' customer group AND
 * its own wholesale sales channel. Medusa applies a price list only when every
 * rule matches the pricing context, and a cart's context carries its
 * `sales_channel_id`, so the same buyer pays retail in the shop's channel and
 * wholesale (with the outlet's minimum, cartons and invoice terms) in the
 * outlet's. Reads that price the outlet's catalog pass both in their context.
 */
export function outletPriceListRules(customerGroupId: string, salesChannelId: string): Record<string, string[]> {
  return { "customer.groups.id": [customerGroupId], sales_channel_id: [salesChannelId] }
}

/** The pricing context of an outlet's own channel: its group, its channel (see outletPriceListRules). */
export function outletPricingContext(customerGroupId: string, salesChannelId: string) {
  return { customer: { groups: [{ id: customerGroupId }] }, sales_channel_id: salesChannelId }
}
