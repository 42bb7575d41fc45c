import { model } from "@medusajs/framework/utils"

export const INPUT_KINDS = ["training_cost", "equipment", "material_capital", "other"] as const
export const DEFAULT_SPONSOR = "Kilang Pertamina Plaju"

/**
 * What the sponsor put into the programme in one month (whole rupiah), typed
 * in by an operator, so the figures can set income to participants against it.
 */
export const ProgrammeInput = model
  .define("programme_input", {
    id: model.id({ prefix: "pin" }).primaryKey(),
    // YYYY-MM
    month: model.text(),
    kind: model.enum([...INPUT_KINDS]),
    amount: model.number(),
    sponsor: model.text().default(DEFAULT_SPONSOR),
    note: model.text().nullable(),
    // The operator (Medusa user id) who entered it.
    created_by: model.text(),
  })
  .indexes([{ on: ["month"] }])
  .checks([{ name: "programme_input_amount_positive", expression: (c) => `${c.amount} > 0` }])
