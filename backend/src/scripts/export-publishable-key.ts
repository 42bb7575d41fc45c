import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Writes the storefront's publishable API key to PUBLISHABLE_KEY_FILE (or
 * prints it), so deployments hand it to the storefront without anyone copying
 * it by hand. Publishable keys are public by design: browsers send them.
 */
export default async function exportPublishableKey({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const apiKeys = container.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys({ type: "publishable", revoked_at: { $eq: null } })
  const key = keys.find((k) => k.title === "Karya Binaan Storefront") ?? keys[0]
  if (!key) {
    throw new Error("No publishable API key exists: run the seed first")
  }
  const file = process.env.PUBLISHABLE_KEY_FILE
  if (file) {
    writeFileSync(file, key.token)
    logger.info(`Publishable key "${key.title}" written to ${file}`)
  } else {
    process.stdout.write(`${key.token}\n`)
  }
}
