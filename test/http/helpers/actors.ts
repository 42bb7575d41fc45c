import { DEMO_LOGINS } from "../../../backend/src/scripts/seed-data/demo-logins"
import { api } from "./api"

/** A bearer token for the seeded demo operator (Medusa Admin user). */
export async function operatorToken(): Promise<string> {
  const operator = DEMO_LOGINS.find((l) => l.role === "operator")
  if (!operator) throw new Error("The seed exports no operator login")
  const res = await api<{ token: string }>("/auth/user/emailpass", {
    body: { email: operator.email, password: operator.password },
  })
  if (res.status !== 200) throw new Error(`Operator login failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

/** A unique suffix, so suites can create records without colliding across runs. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}
