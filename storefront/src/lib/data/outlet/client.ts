import "server-only"
import { getTranslations } from "next-intl/server"
import { PortalApiError, portalFetch, type PortalFetchOptions } from "../portal-fetch"
import { getOutletToken } from "./cookies"
import { outletRefusals, stockRefusals } from "./refusals"

/**
 * The outlet portal's way to the backend: portalFetch with the buyer's own
 * cookie. A refusal that names its problems (below the minimum, a broken
 * carton, more sold than consigned), or Medusa's own stock refusal, comes back
 * worded in the page's language from the portal's own messages; the backend's
 * message is Indonesian (Medusa's own, English).
 */
export async function outletFetch<T>(path: string, options: PortalFetchOptions = {}): Promise<T> {
  try {
    return await portalFetch<T>(path, options, getOutletToken)
  } catch (error) {
    if (!(error instanceof PortalApiError)) throw error
    const refusals = error.problems.length ? outletRefusals(error.problems) : stockRefusals(error)
    if (!refusals.length) throw error
    const t = await getTranslations("OutletRefusal")
    throw new PortalApiError(error.status, refusals.map((r) => t(r.key, r.values)).join(" "), error.problems)
  }
}
