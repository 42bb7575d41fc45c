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
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { OUTLET_MODULE } from "../../modules/outlet"
import { outletPriceListRules } from "../../modules/outlet/price-list-rules"
import { CONSIGNMENT_MODE, OUTLET_CHANNEL } from "../../modules/outlet/channel"
import { createOutletStep } from "./steps/create-outlet"
import { setConsignmentChannelStep } from "./steps/set-consignment-channel"
import type { CreateOutletInput } from "./types"

export const createOutletWorkflowId = "create-outlet"

/**
 * Opens an outlet: the record, its own sales channel for wholesale orders and
 * a second one for consignment sales (metadata marks both outlet channels for
 * revenue-share rules), a stock location for consigned goods, its buyers'
 * customer group, a wholesale price list that applies to that group in that
 * channel only (a buyer shopping in the retail shop pays retail), and
 * the links. Each core step undoes itself when a later one fails.
 */
export const createOutletWorkflow = createWorkflow(createOutletWorkflowId, (input: CreateOutletInput) => {
  const outletData = transform({ input }, ({ input }) => {
    const { prices: _p, product_ids: _ids, stock_location_ids: _l, dispatch_location_id: _d, ...rest } = input
    return rest
  })
  const outlet = createOutletStep(outletData)

  const channels = createSalesChannelsStep(
    transform({ outlet }, ({ outlet }) => ({
      data: [
        {
          name: `Outlet ${outlet.name}`,
          description: `Pembelian grosir ${outlet.name} (${outlet.pertamina_centre})`,
          metadata: { channel: OUTLET_CHANNEL, outlet_id: outlet.id },
        },
        {
          name: `Konsinyasi ${outlet.name}`,
          description: `Penjualan barang titipan di ${outlet.name}; komisi outlet lewat aturan bagi hasil kanal ini`,
          metadata: { channel: OUTLET_CHANNEL, outlet_id: outlet.id, mode: CONSIGNMENT_MODE },
        },
      ],
    }))
  )
  const groups = createCustomerGroupsStep(
    transform({ outlet }, ({ outlet }) => [{ name: `Pembeli ${outlet.name}`, metadata: { outlet_id: outlet.id } }])
  )
  // Workflow data can't be destructured while composing: pick the first record in a transform.
  const channel = transform({ channels }, ({ channels }) => channels[0])
  const consignmentChannel = transform({ channels }, ({ channels }) => channels[1])
  setConsignmentChannelStep(transform({ outlet, consignmentChannel }, ({ outlet, consignmentChannel }) => ({ outlet_id: outlet.id, sales_channel_id: consignmentChannel.id })))
  // Consigned goods wait at a stock location of the outlet's own.
  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ outlet }, ({ outlet }) => ({
      locations: [
        {
          name: `Konsinyasi ${outlet.name}`,
          address: { address_1: outlet.address_1, city: outlet.city, province: outlet.province, postal_code: outlet.postal_code ?? undefined, country_code: "id" },
        },
      ],
    })),
  })
  const group = transform({ groups }, ({ groups }) => groups[0])
  const priceLists = createPriceListsWorkflow.runAsStep({
    input: transform({ outlet, group, channel, input }, ({ outlet, group, channel, input }) => ({
      price_lists_data: [
        {
          title: `Harga grosir ${outlet.name}`,
          description: `Harga grosir untuk pembeli ${outlet.name}`,
          type: "sale" as const,
          status: "active" as const,
          // Only the outlet's buyers, and only in its own wholesale channel:
          // in the shop's channel the same buyers pay retail.
          rules: outletPriceListRules(group.id, channel.id),
          prices: (input.prices ?? []).map((p) => ({ variant_id: p.variant_id, amount: p.amount, currency_code: "idr" })),
        },
      ],
    })),
  })

  createRemoteLinkStep(
    transform({ outlet, channel, group, priceLists, locations }, ({ outlet, channel, group, priceLists, locations }): LinkDefinition[] => [
      { [OUTLET_MODULE]: { outlet_id: outlet.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id } },
      { [OUTLET_MODULE]: { outlet_id: outlet.id }, [Modules.CUSTOMER]: { customer_group_id: group.id } },
      { [OUTLET_MODULE]: { outlet_id: outlet.id }, [Modules.PRICING]: { price_list_id: priceLists[0].id } },
      { [OUTLET_MODULE]: { outlet_id: outlet.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id } },
    ])
  )
  associateProductsWithSalesChannelsStep(
    transform({ channel, consignmentChannel, input }, ({ channel, consignmentChannel, input }) => ({
      links: [channel, consignmentChannel].flatMap((c) => (input.product_ids ?? []).map((product_id) => ({ sales_channel_id: c.id, product_id }))),
    }))
  )
  associateLocationsWithSalesChannelsStep(
    transform({ channel, consignmentChannel, locations, input }, ({ channel, consignmentChannel, locations, input }) => ({
      links: [
        ...(input.stock_location_ids ?? []).map((location_id) => ({ sales_channel_id: channel.id, location_id })),
        // The consignment channel reserves only from the outlet's own location;
        // the dispatch location gives it the (free) pickup option.
        { sales_channel_id: consignmentChannel.id, location_id: locations[0].id },
        ...(input.dispatch_location_id ? [{ sales_channel_id: consignmentChannel.id, location_id: input.dispatch_location_id }] : []),
      ],
    }))
  )
  return new WorkflowResponse(
    transform({ outlet, channel, consignmentChannel, group, priceLists, locations }, ({ outlet, channel, consignmentChannel, group, priceLists, locations }) => ({
      outlet,
      sales_channel_id: channel.id,
      consignment_sales_channel_id: consignmentChannel.id,
      stock_location_id: locations[0].id,
      customer_group_id: group.id,
      price_list_id: priceLists[0].id,
    }))
  )
})
