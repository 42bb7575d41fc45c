import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ProductionModule from "../modules/production"

// The batch draws of an order (draw.order_id), read-only: a cohort's order
// view shows which batches supplied each line in the order's own query.
export default defineLink({ linkable: OrderModule.linkable.order, field: "id" }, { ...ProductionModule.linkable.batchDraw.id, primaryKey: "order_id" }, { readOnly: true, isList: true })
