import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"

// Medusa prices the items a cart is created with from its region, currency
// and customer only, while adding to a cart or refreshing one also puts the
// cart's sales channel in the pricing context. Outlet price lists are bound to
// the outlet's own channel (modules/outlet/price-list-rules.ts), so the
// channel goes in here as well: an outlet's order (created with its items)
// gets wholesale prices, the same buyer's shop cart retail.
createCartWorkflow.hooks.setPricingContext(({ salesChannel }) => new StepResponse({ sales_channel_id: salesChannel.id }))
