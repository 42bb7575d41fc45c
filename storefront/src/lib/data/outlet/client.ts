import "server-only"
import { portalFetch, type PortalFetchOptions } from "../portal-fetch"
import { getOutletToken } from "./cookies"

/** The outlet portal's way to the backend: portalFetch with the buyer's own cookie. */
export async function outletFetch<T>(path: string, options: PortalFetchOptions = {}): Promise<T> {
  return portalFetch<T>(path, options, getOutletToken)
}
