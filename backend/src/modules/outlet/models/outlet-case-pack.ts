import { model } from "@medusajs/framework/utils"
import { Outlet } from "./outlet"

/** An outlet buys this product only in whole cartons of `units`. */
export const OutletCasePack = model
  .define("outlet_case_pack", {
    id: model.id({ prefix: "ocpk" }).primaryKey(),
    product_id: model.text(),
    units: model.number(),
    outlet: model.belongsTo(() => Outlet, { mappedBy: "case_packs" }),
  })
  .indexes([{ on: ["outlet_id", "product_id"], unique: true, where: "deleted_at IS NULL" }])
