import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCTS } from "../../src/scripts/seed-data/catalog"
import { variantTitle } from "../../src/scripts/seed-data/seeders/products"
import type { ProductSeed } from "../../src/scripts/seed-data/types"

/** Products in the generated catalog (BENCH_PRODUCTS, at least the thousand). */
const TARGET = Math.max(Number(process.env.BENCH_PRODUCTS || 1000), 1000)
/** Products per workflow run: one run links all its products to one cohort. */
const CHUNK = 50

/** What a copy takes from its demo product, as the database has it. */
type DemoProduct = {
  thumbnail: string | null
  categoryIds: string[]
  salesChannelIds: string[]
  shippingProfileId?: string
  cohortId?: string
}

/** The n-th copy of a demo product: its own handle, title and SKUs, the same cohort, category and prices. */
function copyOf(seed: ProductSeed, demo: DemoProduct, n: number) {
  const serial = String(n).padStart(4, "0")
  return {
    title: `${seed.title} · seri ${serial}`,
    subtitle: seed.subtitle,
    description: seed.description,
    handle: `${seed.handle}-seri-${serial}`,
    status: ProductStatus.PUBLISHED,
    origin_country: "id",
    thumbnail: demo.thumbnail ?? undefined,
    images: demo.thumbnail ? [{ url: demo.thumbnail }] : [],
    category_ids: demo.categoryIds,
    shipping_profile_id: demo.shippingProfileId,
    sales_channels: demo.salesChannelIds.map((id) => ({ id })),
    options: seed.options,
    variants: seed.variants.map((variant, rank) => ({
      variant_rank: rank,
      title: variantTitle(seed, variant),
      sku: `${variant.sku}-S${serial}`,
      weight: variant.weight,
      // Pages and lists are what the load reads; carts buy the demo products, which have stock.
      manage_inventory: false,
      options: variant.options as Record<string, string>,
      prices: [{ amount: variant.price, currency_code: "idr" }],
    })),
  }
}

/**
 * `npm run bench`'s catalog: copies of the demo products, over the six demo
 * cohorts, through Medusa's createProductsWorkflow and our cohort and
 * food-label hook, as a coordinator's listing would be. Adds only what is
 * missing, so a kept bench database is seeded once.
 */
export default async function seedBenchCatalog({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: demos } = await query.graph({
    entity: "product",
    fields: ["handle", "thumbnail", "categories.id", "sales_channels.id", "shipping_profile.id", "cohort.id"],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  const ids = (list: ({ id: string } | null | undefined)[] | null | undefined) => (list ?? []).flatMap((x) => (x ? [x.id] : []))
  const byHandle = new Map<string, DemoProduct>(
    demos.map((d) => [
      d.handle,
      {
        thumbnail: d.thumbnail ?? null,
        categoryIds: ids(d.categories),
        salesChannelIds: ids(d.sales_channels),
        shippingProfileId: d.shipping_profile?.id,
        cohortId: d.cohort?.id,
      },
    ])
  )
  const perProduct = Math.ceil(TARGET / PRODUCTS.length)
  const wanted = PRODUCTS.flatMap((seed) => Array.from({ length: perProduct }, (_, i) => ({ seed, n: i + 1 })))
  const existing = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: wanted.map((w) => `${w.seed.handle}-seri-${String(w.n).padStart(4, "0")}`) }, { select: ["handle"], take: null })
  const have = new Set(existing.map((p) => p.handle))
  let created = 0
  for (const seed of PRODUCTS) {
    const demo = byHandle.get(seed.handle)
    if (!demo?.cohortId) throw new Error(`The demo product ${seed.handle} is missing: run the demo seed first`)
    const missing = wanted.filter((w) => w.seed === seed && !have.has(`${seed.handle}-seri-${String(w.n).padStart(4, "0")}`))
    for (let i = 0; i < missing.length; i += CHUNK) {
      const chunk = missing.slice(i, i + CHUNK)
      await createProductsWorkflow(container).run({
        input: {
          products: chunk.map((w) => copyOf(seed, demo, w.n)),
          additional_data: { cohort_id: demo.cohortId, food_label: seed.food_label },
        },
      })
      created += chunk.length
    }
  }
  logger.info(`Bench catalog: ${created} products created, ${have.size} already there (${wanted.length} in all)`)
}
