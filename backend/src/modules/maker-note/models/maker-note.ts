import { model } from "@medusajs/framework/utils"

/**
 * A short thank-you from a buyer (a shopper or a partner outlet) to the cohort
 * behind their order. Shown publicly only once the cohort's coordinator
 * approved it, and then only with the first name the buyer chose to give.
 * No contact of the buyer is stored here: the order holds that, and the
 * coordinator never reads the order through a note.
 */
export const MakerNote = model
  .define("maker_note", {
    id: model.id({ prefix: "mnote" }).primaryKey(),
    order_id: model.text(),
    cohort_id: model.text(),
    author_kind: model.enum(["customer", "outlet"]),
    first_name: model.text().nullable(),
    message: model.text(),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    moderated_by: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
  })
  .indexes([
    // One note per order and cohort: a second is a 409, also under a race.
    { on: ["order_id", "cohort_id"], unique: true, where: "deleted_at IS NULL" },
    // The coordinator's queue and the cohort page read by cohort and status.
    { on: ["cohort_id", "status"] },
  ])
