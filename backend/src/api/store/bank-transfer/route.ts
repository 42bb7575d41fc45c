import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bankTransferFromMetadata } from "../../../workflows/bank-transfer/bank-transfer"
import type { MessageResponse, StoreBankTransferResponse } from "@karya-binaan/contract"

/** The account and instructions a shopper paying by bank transfer needs, from the (single) store's metadata. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreBankTransferResponse | MessageResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["id", "metadata"] })
  const bank_transfer = bankTransferFromMetadata(stores[0]?.metadata)
  if (!bank_transfer) {
    res.status(404).json({
      message: "Rekening untuk transfer bank belum diatur. Hubungi pengelola toko.",
    })
    return
  }
  res.json({ bank_transfer })
}
