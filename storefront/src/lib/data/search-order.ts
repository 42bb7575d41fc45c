/** The cards in the order of `ids` (a search's ranking); an id without a card (no longer for sale) is left out. */
export function orderedLike<T extends { id: string }>(ids: string[], cards: T[]): T[] {
  const byId = new Map(cards.map((c) => [c.id, c]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}
