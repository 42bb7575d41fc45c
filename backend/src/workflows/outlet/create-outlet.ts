import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  associateLocationsWithSalesChannelsStep,
  associateProductsWithSalesChannelsStep,
  createCustomerGroupsStep,
  createPriceListsWorkflow,
  createRemoteLinkStep,
  createSalesChannelsStep,
} from "@medusajs/medusa/core-flows"
import { OUTLET_MODULE } from "../../modules/outlet"
import { OUTLET_CHANNEL } from "../../lib/outlet/channel"
import { createOutletStep } from "./steps/create-outlet"
import type { CreateOutletInput } from "./types"

export const createOutletWorkflowId = "create-outlet"

/**
 * Opens an outlet: the record, its own sales channel (metadata marks it an
 * outlet channel for revenue-share rules), its buyers' customer group, a
 * wholesale price list that applies to that group only, and the links. Each
 * core step undoes itself when a later one fails.
 */
export const createOutletWorkflow = createWorkflow(createOutletWorkflowId, (input: CreateOutletInput) => {
  const outletData = transform({ input }, ({ input }) => {
    const { prices: _p, product_ids: _ids, stock_location_ids: _l, ...rest } = input
    return rest
  })
  const outlet = createOutletStep(outletData)

  const channels = createSalesChannelsStep(
    transform({ outlet }, ({ outlet }) => ({
      data: [
        {
          name: `Outlet ${outlet.name}`,
          description: `Penjualan grosir dan konsinyasi ${outlet.name} (${outlet.pertamina_centre})`,
          metadata: { channel: OUTLET_CHANNEL, outlet_id: outlet.id },
        },
      ],
    }))
  )
  const groups = createCustomerGroupsStep(
    transform({ outlet }, ({ outlet }) => [{ name: `Pembeli ${outlet.name}`, metadata: { outlet_id: outlet.id } }])
  )
  // Workflow data can't be destructured while composing: pick the first record in a transform.
  const channel = transform({ channels }, ({ channels }) => channels[0])
  const group = transform({ groups }, ({ groups }) => groups[0])
  const priceLists = createPriceListsWorkflow.runAsStep({
    input: transform({ outlet, group, input }, ({ outlet, group, input }) => ({
      price_lists_data: [
        {
          title: `Harga grosir ${outlet.name}`,
          description: `Harga grosir untuk pembeli ${outlet.name}`,
          type: "sale" as const,
          status: "active" as const,
          // Only customers in the outlet's group get these prices, anywhere.
          rules: { "customer.groups.id": [group.id] },
          prices: (input.prices ?? []).map((p) => ({ variant_id: p.variant_id, amount: p.amount, currency_code: "idr" })),
        },
      ],
    })),
  })

  createRemoteLinkStep(
    transform({ outlet, channel, group, priceLists }, ({ outlet, channel, group, priceLists }): LinkDefinition[] => [
      { [OUTLET_MODULE]: { outlet_id: outlet.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id } },
      { [OUTLET_MODULE]: { outlet_id: outlet.id }, [Modules.CUSTOMER]: { customer_group_id: group.id } },
      { [OUTLET_MODULE]: { outlet_id: outlet.id }, [Modules.PRICING]: { price_list_id: priceLists[0].id } },
    ])
  )
  associateProductsWithSalesChannelsStep(
    transform({ channel, input }, ({ channel, input }) => ({
      links: (input.product_ids ?? []).map((product_id) => ({ sales_channel_id: channel.id, product_id })),
    }))
  )
  associateLocationsWithSalesChannelsStep(
    transform({ channel, input }, ({ channel, input }) => ({
      links: (input.stock_location_ids ?? []).map((location_id) => ({ sales_channel_id: channel.id, location_id })),
    }))
  )
  return new WorkflowResponse(
    transform({ outlet, channel, group, priceLists }, ({ outlet, channel, group, priceLists }) => ({
      outlet,
      sales_channel_id: channel.id,
      customer_group_id: group.id,
      price_list_id: priceLists[0].id,
    }))
  )
})
