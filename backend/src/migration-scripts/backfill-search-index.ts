import type { ExecArgs } from "@medusajs/framework/types"
import { indexProductsForSearchWorkflow } from "../workflows/search/index-products"

/**
 * Databases that had products before the search index existed get every
 * product indexed once (`medusa db:migrate`, which `npm start` runs). On a
 * fresh database this finds no product; the seed indexes what it creates, and
 * subscribers/index-search.ts keeps the index current from then on.
 */
export default async function backfillSearchIndex({ container }: ExecArgs) {
  await indexProductsForSearchWorkflow(container).run({ input: {} })
}
