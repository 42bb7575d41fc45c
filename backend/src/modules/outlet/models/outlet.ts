import { model } from "@medusajs/framework/utils"
import { OutletCasePack } from "./outlet-case-pack"

/**
 * A Pertamina partner outlet (sentra kuliner binaan Pertamina): a wholesale
 * buyer and shop window with its own sales channel, customer group and price
 * list (module links). Terms and the minimum order are the outlet's own.
 */
export const Outlet = model
  .define("outlet", {
    id: model.id({ prefix: "outl" }).primaryKey(),
    name: model.text(),
    handle: model.text().unique(),
    // The Pertamina programme centre it belongs to (e.g. "Kilang Pertamina Plaju").
    pertamina_centre: model.text(),
    address_1: model.text(),
    address_2: model.text().nullable(),
    city: model.text(),
    province: model.text(),
    postal_code: model.text().nullable(),
    // When shoppers may collect a pickup: [{ days: [1..7] (Monday = 1), opens: "08:00", closes: "17:00" }],
    // structured so each storefront language words the days itself (opening-hours.ts checks the shape).
    opening_hours: model.json().nullable(),
    contact_name: model.text(),
    contact_phone: model.text(),
    contact_email: model.text(),
    // Days from the order to the invoice's due date.
    payment_terms_days: model.number().default(30),
    // Whole rupiah, before delivery.
    minimum_order_value: model.number().default(0),
    status: model.enum(["active", "inactive"]).default("active"),
    // Consignment sales go through a second channel of the outlet's own, whose
    // revenue-share rule carries the outlet's commission (wholesale orders, in
    // the outlet channel, must not pay it). The outlet ↔ sales channel link
    // already names the wholesale channel, so this one is kept as an id.
    consignment_sales_channel_id: model.text().nullable(),
    case_packs: model.hasMany(() => OutletCasePack, { mappedBy: "outlet" }),
  })
  .cascades({ delete: ["case_packs"] })
