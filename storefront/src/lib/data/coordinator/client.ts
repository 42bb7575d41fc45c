import "server-only"
import { isPortalApiStatus, PortalApiError, portalFetch, type PortalFetchOptions } from "../portal-fetch"
import { getCoordinatorToken } from "./cookies"

/** A refusal from the backend to the coordinator portal. */
export { PortalApiError as CoordinatorApiError }

/** The coordinator portal's way to the backend: portalFetch with the coordinator's own cookie. */
export async function coordinatorFetch<T>(path: string, options: PortalFetchOptions = {}): Promise<T> {
  return portalFetch<T>(path, options, getCoordinatorToken)
}

export const isApiStatus = isPortalApiStatus
