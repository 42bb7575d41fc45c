import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, linkCustomersToCustomerGroupWorkflow } from "@medusajs/medusa/core-flows"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import { REVENUE_SHARE_MODULE } from "../../../modules/revenue-share"
import type { RevenueShareModuleService } from "../../../modules/revenue-share/service"
import { placeConsignmentWorkflow } from "../../../workflows/consignment/place-consignment"
import { createOutletWorkflow } from "../../../workflows/outlet/create-outlet"
import { createRevenueShareRuleWorkflow } from "../../../workflows/revenue-share/create-revenue-share-rule"
import { PRODUCTS } from "../catalog"
import { DEMO_LOGINS } from "../demo-logins"
import { consignmentRuleBuckets, OUTLETS, wholesalePrice, type SeedOutlet } from "../outlets"
import { RULES_EFFECTIVE_FROM } from "../revenue-shares"
import { DISPATCH_LOCATION } from "../shipping"
import { STORE } from "../store"
import { authIdentityFor } from "./operator"
import { DEFAULT_CASE_PACKS } from "../outlet-case-packs"

type ProductRow = { id: string; handle: string; variants: { id: string; sku: string | null }[] }

/**
 * The demo partner outlets (seed-data/outlets.ts): each with its own sales
 * channel carrying the whole catalog and the shop's stock locations (so its
 * carts reserve from the cohorts' stock and get the dispatch location's
 * delivery options), a wholesale price list, case packs, and one buyer login.
 * Skips outlets and buyers that exist. Returns how many outlets it created.
 */
export async function seedOutlets(container: MedusaContainer): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = container.resolve<OutletModuleService>(OUTLET_MODULE)
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { name: STORE.salesChannel.name },
  })
  const locationIds = (channels[0]?.stock_locations ?? []).flatMap((l: { id: string } | null) => (l ? [l.id] : []))
  const [dispatch] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: DISPATCH_LOCATION.name }, { select: ["id"] })
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.sku"],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  const products = data as ProductRow[]
  let created = 0
  for (const seed of OUTLETS) {
    const [existing] = await service.listOutlets({ handle: seed.handle }, { select: ["id"] })
    if (!existing) {
      const { discount_percent, case_packs, consignment_commission_bp: _bp, ...fields } = seed
      await createOutletWorkflow(container).run({
        input: {
          ...fields,
          // The outlet's own cartons win over the catalog-wide defaults.
          case_packs: Object.entries({ ...DEFAULT_CASE_PACKS, ...case_packs }).flatMap(([handle, units]) => {
            const product = products.find((p) => p.handle === handle)
            return product ? [{ product_id: product.id, units }] : []
          }),
          prices: products.flatMap((product) => {
            const catalog = PRODUCTS.find((p) => p.handle === product.handle)
            return product.variants.flatMap((variant) => {
              const retail = catalog?.variants.find((v) => v.sku === variant.sku)?.price
              return retail ? [{ variant_id: variant.id, amount: wholesalePrice(retail, discount_percent) }] : []
            })
          }),
          product_ids: products.map((p) => p.id),
          stock_location_ids: locationIds,
          dispatch_location_id: dispatch?.id,
        },
      })
      created++
    }
    await seedOutletBuyer(container, seed.handle)
    await seedConsignment(container, seed, products)
  }
  return created
}

/**
 * The outlet's consignment rule (outlet bucket = its commission) and its
 * consigned stock, both once: a channel that has a rule, or an outlet that
 * already holds placements, is left as it is.
 */
async function seedConsignment(container: MedusaContainer, seed: SeedOutlet, products: ProductRow[]): Promise<void> {
  const service = container.resolve<OutletModuleService>(OUTLET_MODULE)
  const [outlet] = await service.listOutlets({ handle: seed.handle })
  if (!outlet?.consignment_sales_channel_id) return
  const rules = container.resolve<RevenueShareModuleService>(REVENUE_SHARE_MODULE)
  const [rule] = await rules.listRevenueShareRules({ sales_channel_id: outlet.consignment_sales_channel_id }, { take: 1, select: ["id"] })
  if (!rule) {
    await createRevenueShareRuleWorkflow(container).run({
      input: {
        cohort_id: null,
        sales_channel_id: outlet.consignment_sales_channel_id,
        name: `Konsinyasi ${seed.name}: komisi outlet ${seed.consignment_commission_bp / 100}%`,
        effective_from: RULES_EFFECTIVE_FROM,
        buckets: consignmentRuleBuckets(seed.consignment_commission_bp),
      },
    })
  }
  const [placed] = await service.listConsignmentPlacements({ outlet_id: outlet.id }, { take: 1, select: ["id"] })
  if (placed) return
  const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  for (const [sku, units] of Object.entries(seed.consigned)) {
    const variant = products.flatMap((p) => p.variants).find((v) => v.sku === sku)
    if (!variant) continue
    const batches = await production.listProductionBatches(
      { variant_id: variant.id, expired_at: null },
      { select: ["id", "remaining_quantity", "expiry_date"], order: { expiry_date: "ASC" } }
    )
    const batch = batches.find((b) => b.remaining_quantity >= units)
    if (batch) await placeConsignmentWorkflow(container).run({ input: { outlet_id: outlet.id, batch_id: batch.id, quantity: units } })
  }
}

/** The outlet's demo buyer (demo-logins.ts): a customer with a password, in the outlet's group. */
async function seedOutletBuyer(container: MedusaContainer, outletHandle: string): Promise<void> {
  const login = DEMO_LOGINS.find((l) => l.role === "outlet buyer" && l.outletHandle === outletHandle)
  if (!login) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "outlet", fields: ["name", "contact_name", "customer_group.id"], filters: { handle: outletHandle } })
  const groupId: string | undefined = data[0]?.customer_group?.id
  if (!groupId) return
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: login.email, has_account: true })
  let customerId = customer?.id
  if (!customerId) {
    const authIdentityId = await authIdentityFor(container, login.email, login.password)
    const { result } = await createCustomerAccountWorkflow(container).run({
      input: { authIdentityId, customerData: { email: login.email, first_name: "Pembeli", last_name: data[0].name, company_name: data[0].name } },
    })
    customerId = result.id
  }
  const { data: groups } = await query.graph({ entity: "customer", fields: ["groups.id"], filters: { id: customerId } })
  if (!(groups[0]?.groups ?? []).some((g: { id: string } | null) => g?.id === groupId)) {
    await linkCustomersToCustomerGroupWorkflow(container).run({ input: { id: groupId, add: [customerId] } })
  }
}
