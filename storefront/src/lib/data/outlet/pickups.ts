import "server-only"
import type { OutletPickup, OutletPickupListResponse } from "@karya-binaan/contract"
import { pageQuery } from "../list-page"
import { outletRead } from "./session"

/** Pickups on one page of the pickup list. */
export const PICKUPS_PAGE_SIZE = 20

/** One page (1-based) of the shop orders collected at this outlet, newest first (GET /outlet/pickups), with how many there are. */
export async function listOutletPickups(page = 1): Promise<{ pickups: OutletPickup[]; count: number }> {
  const { pickups, count } = await outletRead<OutletPickupListResponse>("/outlet/pickups", pageQuery(page, PICKUPS_PAGE_SIZE))
  return { pickups, count }
}
