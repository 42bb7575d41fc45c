import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updatePriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { nativeRequire } from "./native"

// The migration script that binds outlets' wholesale price lists to their own
// sales channel, on a database made before the rule: an outlet whose price
// list has the customer-group rule only gets the channel rule, and running it
// again changes nothing.
const { createOutletWorkflow } = nativeRequire("../../src/workflows/outlet/create-outlet") as typeof import("../../src/workflows/outlet/create-outlet")
const { default: bindOutletPricesToChannel } = nativeRequire("../../src/migration-scripts/bind-outlet-prices-to-channel") as typeof import("../../src/migration-scripts/bind-outlet-prices-to-channel")


medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    let container: MedusaContainer

    const rulesOf = async (priceListId: string) => {
      const [list] = await container.resolve(Modules.PRICING).listPriceLists({ id: priceListId }, { relations: ["price_list_rules"] })
      return Object.fromEntries((list.price_list_rules ?? []).map((r: { attribute: string; value: unknown }) => [r.attribute, r.value]))
    }

    it("gives an outlet's group-only price list the outlet's channel rule, once", async () => {
      container = getContainer()
      const { result } = await createOutletWorkflow(container).run({
        input: {
          name: "Outlet Migrasi",
          handle: "outlet-migrasi",
          pertamina_centre: "Plaju",
          address_1: "Jl. Uji 1",
          city: "Palembang",
          province: "id-ss",
          contact_name: "Uji",
          contact_phone: "+62811000000",
          contact_email: "migrasi@example.com",
          payment_terms_days: 14,
          minimum_order_value: 100000,
        },
      })
      // New outlets are bound from the start.
      expect(await rulesOf(result.price_list_id)).toEqual({ "customer.groups.id": [result.customer_group_id], sales_channel_id: [result.sales_channel_id] })

      // The state of an outlet opened before the rule existed.
      await updatePriceListsWorkflow(container).run({ input: { price_lists_data: [{ id: result.price_list_id, rules: { "customer.groups.id": [result.customer_group_id] } }] } })
      expect(await rulesOf(result.price_list_id)).toEqual({ "customer.groups.id": [result.customer_group_id] })

      const args = { container, args: [] } as unknown as Parameters<typeof bindOutletPricesToChannel>[0]
      await bindOutletPricesToChannel(args)
      const bound = { "customer.groups.id": [result.customer_group_id], sales_channel_id: [result.sales_channel_id] }
      expect(await rulesOf(result.price_list_id)).toEqual(bound)
      await bindOutletPricesToChannel(args)
      expect(await rulesOf(result.price_list_id)).toEqual(bound)
    })
  },
})
