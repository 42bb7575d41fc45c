import { model } from "@medusajs/framework/utils"

/**
 * A producer cohort: participants at one facility making one line of goods.
 * Only the public, anonymised side lives here; members are private records.
 */
export const Cohort = model
  .define("cohort", {
    id: model.id({ prefix: "coh" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().translatable().searchable(),
    facility_name: model.text(),
    facility_type: model.enum(["lapas", "rutan", "bapas"]),
    area: model.enum(["plaju", "banyuasin_i", "other"]),
    craft_line: model.enum(["pisang", "tempe", "tali_meiwa", "eceng_gondok"]),
    tagline: model.text().translatable(),
    story: model.text().translatable(),
    image_url: model.text().nullable(),
    // Operators approve a cohort before its page and products go public.
    status: model.enum(["pending", "active", "inactive"]).default("pending"),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["status"] }])
