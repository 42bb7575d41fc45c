/** An outlet as reached from a buyer's customer group (module links): what decides whether they order for it. */
export type BuyingOutletRow = { id: string; status: string; sales_channel?: { id: string } | null }

/**
 * The customer group a buyer orders through: the first whose outlet is active
 * and has its wholesale channel. A shopper's groups have none: undefined.
 */
export function buyingGroup<G extends { outlet?: BuyingOutletRow | null } | null>(groups: G[]): NonNullable<G> | undefined {
  return groups.find((g): g is NonNullable<G> => !!g && g.outlet?.status === "active" && !!g.outlet.sales_channel?.id)
}
