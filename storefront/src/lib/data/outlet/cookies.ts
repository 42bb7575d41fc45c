import "server-only"
import { cookies } from "next/headers"
import { cookieOptions } from "../cookies"

// The outlet buyer's token has a cookie of its own, apart from the shopper's
// (_karya_jwt) and the coordinator's: the portal shows wholesale terms only.
const OUTLET_COOKIE = "_karya_outlet_jwt"
// A working day's session: outlet counters share computers.
const TWELVE_HOURS = 60 * 60 * 12

export async function getOutletToken(): Promise<string | undefined> {
  return (await cookies()).get(OUTLET_COOKIE)?.value
}

export async function setOutletToken(token: string): Promise<void> {
  ;(await cookies()).set(OUTLET_COOKIE, token, cookieOptions(TWELVE_HOURS))
}

export async function removeOutletToken(): Promise<void> {
  ;(await cookies()).delete(OUTLET_COOKIE)
}
