import "server-only"
import { portalFetch, type PortalFetchOptions } from "../portal-fetch"
import { getCoordinatorToken } from "./cookies"

/** The coordinator portal's way to the backend: portalFetch with the coordinator's own cookie. */
export async function coordinatorFetch<T>(path: string, options: PortalFetchOptions = {}): Promise<T> {
  return portalFetch<T>(path, options, getCoordinatorToken)
}
