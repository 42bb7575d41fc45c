import { model } from "@medusajs/framework/utils"

/**
 * Cash an outlet took for a shop order paid at pickup ("Bayar di outlet"):
 * the outlet holds the programme's money until it settles with the programme,
 * so each hand-over is recorded once per order, with the amount captured.
 */
export const PickupTaking = model
  .define("pickup_taking", {
    id: model.id({ prefix: "ptak" }).primaryKey(),
    outlet_id: model.text(),
    order_id: model.text(),
    // Whole rupiah captured at the counter.
    amount: model.number(),
    currency_code: model.text(),
    collected_at: model.dateTime(),
    // The customer account of the outlet's staff member who handed it over.
    collected_by: model.text().nullable(),
    // Set when the outlet has paid this cash over to the programme.
    settled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true },
    { on: ["outlet_id", "settled_at"] },
  ])
