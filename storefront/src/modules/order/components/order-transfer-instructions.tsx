import { getBankTransfer } from "@/lib/data/checkout"
import type { ShopOrder } from "@/lib/types/order"
import { BankTransferInstructions } from "./bank-transfer-instructions"

/**
 * The transfer instructions for an order still waiting for its bank transfer,
 * nothing once it is paid: the confirmation page and the account's order page
 * show the same block (amount, the account to transfer to, the reference).
 */
export async function OrderTransferInstructions({ order }: { order: ShopOrder }) {
  if (order.paymentState !== "awaiting_transfer") return null
  return <BankTransferInstructions amount={order.total} orderNumber={order.displayId ?? order.id} details={await getBankTransfer()} />
}
