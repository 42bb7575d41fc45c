import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storeBankTransfer } from "../../../lib/bank-transfer/store-bank-transfer"
import type { MessageResponse, StoreBankTransferResponse } from "@karya-binaan/contract"

/** The account and instructions a shopper paying by bank transfer needs. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreBankTransferResponse | MessageResponse>) => {
  const bank_transfer = await storeBankTransfer(req.scope)
  if (!bank_transfer) {
    res.status(404).json({
      message: "Rekening untuk transfer bank belum diatur. Hubungi pengelola toko.",
    })
    return
  }
  res.json({ bank_transfer })
}
