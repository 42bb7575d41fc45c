/** A partner outlet a coordinator can consign to: names only, never terms or buyers. */
export type CoordinatorOutlet = { id: string; name: string; city: string }

export type CoordinatorOutletListResponse = { outlets: CoordinatorOutlet[] }
