import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_LOGINS } from "../demo-logins"

/** An emailpass identity for the email: the one a previous run registered, or a new one. */
export async function authIdentityFor(container: MedusaContainer, email: string, password: string): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (identity?.auth_identity_id) return identity.auth_identity_id
  const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) throw new Error(`Could not register ${email}: ${error ?? "unknown error"}`)
  return authIdentity.id
}

/** The demo operator: a Medusa Admin user who signs in with email and password. */
export async function seedOperator(container: MedusaContainer): Promise<string> {
  const operator = DEMO_LOGINS.find((login) => login.role === "operator")
  if (!operator) throw new Error("demo-logins.ts has no operator login")
  const [user] = await container.resolve(Modules.USER).listUsers({ email: operator.email })
  if (user) return operator.email
  const authIdentityId = await authIdentityFor(container, operator.email, operator.password)
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId,
      userData: { email: operator.email, first_name: "Operator", last_name: "Program Karya Binaan" },
    },
  })
  return operator.email
}
