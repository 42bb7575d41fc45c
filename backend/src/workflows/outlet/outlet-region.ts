import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The region outlets buy in (the store's only one, IDR). */
export async function outletRegionId(scope: MedusaContainer): Promise<string> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["id"],
    filters: { currency_code: "idr" },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Region IDR belum ada")
  return data[0].id
}
