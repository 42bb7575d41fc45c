/** The paging fields Medusa's list routes send beside the rows. */
export type PaginatedResponse = { count: number; offset: number; limit: number }

/** An error answered by the route itself (the rest come from Medusa's error handler). */
export type MessageResponse = { message: string }
