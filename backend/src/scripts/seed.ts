/**
 * Demo seed for Karya Binaan:
 *   npx medusa exec ./src/scripts/seed.ts
 * Set MEDUSA_BACKEND_URL first: uploaded image URLs are built from it.
 *
 * The demo catalog is FICTION. The facilities (Lapas, Rutan, Bapas of South
 * Sumatra) are real institutions, but every cohort, story, product, permit
 * number and stock figure is invented, and no real person is named.
 *
 * Runs once per database: a finished seed stamps the store, and later runs
 * only bring the region's payment providers in line with the environment and
 * add the demo bank-transfer account where the store has none.
 * An interrupted run resumes, since every step skips what exists.
 */
import { indexProductsForSearchWorkflow } from "../workflows/search/index-products"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { COHORTS, PRODUCTS } from "./seed-data/catalog"
import { seedBankTransfer } from "./seed-data/seeders/bank-transfer"
import { seedCategories } from "./seed-data/seeders/categories"
import { listSeeded, seedCohorts } from "./seed-data/seeders/cohorts"
import { seedCoordinators } from "./seed-data/seeders/coordinators"
import { seedOperator } from "./seed-data/seeders/operator"
import { seedOutletHours } from "./seed-data/seeders/outlet-hours"
import { seedOutlets } from "./seed-data/seeders/outlets"
import { seedParticipants } from "./seed-data/seeders/participants"
import { seedPaymentProviders } from "./seed-data/seeders/payment"
import { seedProducts } from "./seed-data/seeders/products"
import { backfillAllocations, seedRevenueShares } from "./seed-data/seeders/revenue-shares"
import { seedShipping } from "./seed-data/seeders/shipping"
import { demoHistoryEnabled, seedHistory } from "./seed-data/seeders/history"
import { backfillBatches, seedStock } from "./seed-data/seeders/stock"
import { seedStore } from "./seed-data/seeders/store"
import { seedTranslations } from "./seed-data/seeders/translations"

const SEEDED_AT = "demo_catalog_seeded_at"
const HISTORY_SEEDED_AT = "demo_history_seeded_at"

async function seededAt(container: MedusaContainer, key = SEEDED_AT): Promise<string | undefined> {
  const [store] = await container.resolve(Modules.STORE).listStores()
  return store?.metadata?.[key] as string | undefined
}

/** Stamps the store last, so only a complete seed counts as done. */
async function markSeeded(container: MedusaContainer, key = SEEDED_AT): Promise<void> {
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { metadata: { ...store.metadata, [key]: new Date().toISOString() } } },
  })
}

/**
 * Six months of orders, payouts and trainings (seed-data/history.ts), once per
 * database and only with KARYA_DEMO_HISTORY on (`npm start` turns it on; the
 * test marketplace leaves it off, its tests count exact stock and totals).
 */
async function seedHistoryOnce(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!demoHistoryEnabled() || (await seededAt(container, HISTORY_SEEDED_AT))) return
  const started = Date.now()
  const cohorts = await listSeeded(container)
  const participants = await seedParticipants(container, cohorts)
  const made = await seedHistory(container, cohorts, participants)
  await markSeeded(container, HISTORY_SEEDED_AT)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  logger.info(
    `Demo history seeded in ${seconds} s: ${made.months} months, ${made.orders} orders, ${made.runs} payout runs (${made.statements} statements paid), ` +
      `${made.trainings} trainings (${made.attendances} attendances), ${made.inputs} programme inputs (KARYA_DEMO_HISTORY)`
  )
}

export default async function seedDemoCatalog({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const done = await seededAt(container)
  if (done) {
    // Payment providers follow the environment (STRIPE_API_KEY), which can
    // change after the seed: docker compose's setup re-runs this on every start.
    const added = await seedPaymentProviders(container)
    if (added.length) logger.info(`Region Indonesia now offers ${added.join(", ")}`)
    if (await seedBankTransfer(container)) logger.info("Demo bank-transfer account (fictional) added to the store metadata")
    // Coordinators came after the first demo seeds: databases seeded before get them now.
    const coordinators = await seedCoordinators(container)
    if (coordinators) logger.info(`${coordinators} demo coordinator logins added (see seed-data/demo-logins.ts)`)
    // Participants and batches came later too: older databases get them, their stock unchanged.
    const cohorts = await listSeeded(container)
    const participants = await seedParticipants(container, cohorts)
    const backfilled = await backfillBatches(container, cohorts, participants)
    if (backfilled) logger.info(`${backfilled} production batches now describe the stock already on hand (demo participants added)`)
    // Revenue shares came later still: rules, then the allocation of orders already captured.
    const rules = await seedRevenueShares(container, cohorts)
    if (rules) logger.info(`${rules} revenue-share rules added (see seed-data/revenue-shares.ts)`)
    const allocated = await backfillAllocations(container)
    if (allocated) logger.info(`${allocated} captured orders allocated to the revenue-share ledger`)
    // Partner outlets came later still: older databases get them and their buyers now.
    const outlets = await seedOutlets(container)
    if (outlets) logger.info(`${outlets} demo partner outlets added, each with a buyer login (see seed-data/demo-logins.ts)`)
    // Pickup at outlets came later still: the outlets' opening hours.
    const hours = await seedOutletHours(container)
    if (hours) logger.info(`${hours} partner outlets got their pickup opening hours`)
    await seedHistoryOnce(container)
    logger.info(`Demo catalog already seeded (${done}), skipping`)
    return
  }
  const started = Date.now()
  logger.info("Seeding the demo catalog (fiction: invented cohorts, stories and products; no real person is named)")

  const store = await seedStore(container)
  logger.info("Store, sales channel, publishable key, region Indonesia (IDR) and 0% tax region ready")
  const categories = await seedCategories(container)
  const cohorts = await seedCohorts(container, store.salesChannelId)
  logger.info(`${categories.size} categories and ${cohorts.size} cohorts ready, each cohort with its own stock location`)

  const created = await seedProducts(container, store, categories, cohorts)
  logger.info(`${created} products created (${PRODUCTS.length - created} were already there)`)
  const participants = await seedParticipants(container, cohorts)
  const batches = await seedStock(container, cohorts, participants)
  logger.info(`${[...participants.values()].flat().length} participants (codes only, a few invented names) and ${batches} production batches behind the opening stock`)
  const options = await seedShipping(container, store)
  const providers = await seedPaymentProviders(container)
  logger.info(`${options} shipping options from the dispatch location; payment providers added: ${providers.join(", ") || "none"}`)
  await seedBankTransfer(container)
  logger.info("Demo bank-transfer account (fictional) set in the store metadata")
  const rules = await seedRevenueShares(container, cohorts)
  logger.info(`${rules} revenue-share rules (a default and per-facility ones, see seed-data/revenue-shares.ts)`)
  const translations = await seedTranslations(container, categories)
  logger.info(`${translations} English translations created`)
  const operator = await seedOperator(container)
  logger.info(`Operator login ready: ${operator} (see seed-data/demo-logins.ts)`)
  const coordinators = await seedCoordinators(container)
  logger.info(`${coordinators} coordinator logins ready, one per cohort (see seed-data/demo-logins.ts)`)
  const outlets = await seedOutlets(container)
  logger.info(`${outlets} Pertamina partner outlets (own channel, wholesale prices, case packs) with a buyer login each`)
  await seedOutletHours(container)

  // The seed runs without subscribers (medusa exec), so the search index is filled here once.
  const { result: indexed } = await indexProductsForSearchWorkflow(container).run({ input: {} })
  logger.info(`${indexed.indexed} products indexed for search`)

  await markSeeded(container)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  logger.info(`Demo catalog seeded in ${seconds} s: ${COHORTS.length} cohorts, ${PRODUCTS.length} products`)
  await seedHistoryOnce(container)
}
