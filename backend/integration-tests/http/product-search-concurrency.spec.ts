import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { nativeRequire } from "./native"

// The search index is rebuilt per product by a workflow that several events
// start at once (a product saved with its translations sends product.updated
// and translation.created together; BullMQ may deliver either twice). Each run
// replaces the product's documents: two at the same moment must both succeed
// and leave one document per language, not fail on the unique index.

const { SEARCH_MODULE } = nativeRequire("../../src/modules/product-search") as typeof import("../../src/modules/product-search")
type SearchService = import("../../src/modules/product-search/service").SearchModuleService

const documents = (productId: string, title: string) =>
  (["id", "en"] as const).map((locale) => ({
    product_id: productId,
    handle: `kripik-${productId}`,
    locale,
    title: `${title} ${locale}`,
    keywords: "",
    description: "",
    published: true,
    sales_channel_ids: ["sc_test"],
  }))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    it("replaces one product's documents from many runs at once: every run succeeds, one document per language remains", async () => {
      const search = getContainer().resolve<SearchService>(SEARCH_MODULE)
      const productId = "prod_concurrent_search"
      const titles = Array.from({ length: 8 }, (_, i) => `Kerupuk ${i}`)

      const outcomes = await Promise.allSettled(titles.map((title) => search.replaceDocuments([productId], documents(productId, title))))
      expect(outcomes.filter((o) => o.status === "rejected").map((o) => String((o as PromiseRejectedResult).reason))).toEqual([])

      const left = await search.listSearchDocuments({ product_id: productId }, { select: ["locale", "title"], take: null })
      expect(left.map((d) => d.locale).sort()).toEqual(["en", "id"])
      // Both languages come from the same run: the last to take the product's lock.
      const [run] = new Set(left.map((d) => d.title.replace(/ (id|en)$/, "")))
      expect(left.every((d) => d.title.startsWith(`${run} `))).toBe(true)
      expect(titles.map((t) => t.toLowerCase())).toContain(run)
    })
  },
})
