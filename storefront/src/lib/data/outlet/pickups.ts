import "server-only"
import type { OutletPickup, OutletPickupListResponse } from "@karya-binaan/contract"
import { outletRead } from "./session"

/** Shop orders collected at this outlet, newest first (GET /outlet/pickups). */
export async function listOutletPickups(): Promise<OutletPickup[]> {
  const { pickups } = await outletRead<OutletPickupListResponse>("/outlet/pickups")
  return pickups
}
