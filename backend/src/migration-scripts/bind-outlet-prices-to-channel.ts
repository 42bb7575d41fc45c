import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updatePriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { outletPriceListRules } from "../modules/outlet/price-list-rules"

type OutletRow = {
  id: string
  handle: string
  sales_channel?: { id: string } | null
  customer_group?: { id: string } | null
  price_list?: { id: string } | null
}

/**
 * Outlets opened before their wholesale price list was bound to their own
 * sales channel had a rule on the customer group only, so their buyers got
 * wholesale prices in the retail shop too. Medusa runs this once per database
 * (`medusa db:migrate`, which `npm start` runs): each such price list gets the
 * rules new outlets get (create-outlet.ts). A fresh database has no outlet
 * yet and the seed creates them with the rule.
 */
export default async function bindOutletPricesToChannel({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({ entity: "outlet", fields: ["id", "handle", "sales_channel.id", "customer_group.id", "price_list.id"] })
  const priceLists = (data as OutletRow[]).flatMap((o) =>
    o.sales_channel && o.customer_group && o.price_list ? [{ id: o.price_list.id, rules: outletPriceListRules(o.customer_group.id, o.sales_channel.id) }] : []
  )
  if (!priceLists.length) return
  await updatePriceListsWorkflow(container).run({ input: { price_lists_data: priceLists } })
  logger.info(`Outlet wholesale prices bound to each outlet's own sales channel: ${priceLists.length} price lists`)
}
