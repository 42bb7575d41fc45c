import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { bankTransferFromMetadata, type BankTransfer } from "./bank-transfer"

/** The bank account shoppers transfer to, from the (single) store's metadata. */
export async function storeBankTransfer(container: MedusaContainer): Promise<BankTransfer | null> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "metadata"] })
  return bankTransferFromMetadata(store?.metadata)
}
