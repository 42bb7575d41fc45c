import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { bankTransferToMetadata } from "../../../workflows/bank-transfer/bank-transfer"
import { DEMO_BANK_TRANSFER } from "../bank-transfer"

/**
 * Puts the demo bank account into the store's metadata, key by key, only where
 * a key is missing: an operator's own account is never overwritten. Runs on
 * every seed, so databases seeded before this existed get it too.
 * Returns how many keys it added.
 */
export async function seedBankTransfer(container: MedusaContainer): Promise<number> {
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (!store) return 0
  const current = store.metadata ?? {}
  const missing = Object.fromEntries(
    Object.entries(bankTransferToMetadata(DEMO_BANK_TRANSFER)).filter(([key]) => !current[key])
  )
  const added = Object.keys(missing).length
  if (added) {
    await updateStoresWorkflow(container).run({
      input: { selector: { id: store.id }, update: { metadata: { ...current, ...missing } } },
    })
  }
  return added
}
