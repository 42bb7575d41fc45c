import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { drawOrderBatchesWorkflow } from "../workflows/production/draw-order-batches"

/** Each placed order's lines remember which production batches supplied them (FEFO). */
export default async function drawOrderBatches({ event, container }: SubscriberArgs<{ id: string }>) {
  await drawOrderBatchesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "draw-order-batches" },
}
