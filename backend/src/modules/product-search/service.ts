import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { planQuery, rankMatches, toTsQuery, type ScoredMatch, type VocabularyWord } from "./fuzzy"
import { SearchDocument } from "./models/search-document"
import { normalize, words } from "./text"

type SearchDocumentRow = InferTypeOf<typeof SearchDocument>
export type SearchDocumentInput = Pick<
  SearchDocumentRow,
  "product_id" | "handle" | "locale" | "title" | "keywords" | "description" | "published"
> & { sales_channel_ids: string[] }

export type SearchOptions = {
  /** The shopper's language: "id" (base) or a translation's locale code; its matches rank first. */
  locale: string
  limit: number
  offset: number
  /** Only products in one of these sales channels (the publishable key's). */
  sales_channel_ids: string[]
}

export type SearchHit = ScoredMatch
export type SearchResult = { hits: SearchHit[]; count: number; suggestion: string | null }

type ModuleOptions = { trigram?: boolean }

/** Advisory locks that serialise index runs (product ids hashed into them). */
const LOCK_BUCKETS = 64

/** More matches than this are not ranked: nobody pages past them, and the cap keeps one query's cost bounded. */
const MAX_MATCHES = 500

// Rows a shopper may see: published, in one of the caller's channels. Channel ids
// arrive as one comma-joined parameter (knex would expand a JS array into a list).
const VISIBLE = `d.deleted_at is null and d.published
  and exists (select 1 from jsonb_array_elements_text(d.sales_channel_ids) c where c = any(string_to_array(?, ',')))`

/**
 * Product search over our own index table: PostgreSQL full-text search, typo
 * tolerance from the index's vocabulary (fuzzy.ts), and trigram similarity of
 * titles where the server has pg_trgm. Its two methods — `search` and
 * `replaceDocuments` — are all the store route and the indexing workflow use,
 * so a search engine behind the same interface could take its place.
 */
export class SearchModuleService extends MedusaService({ SearchDocument }) {
  private trigram: Promise<boolean> | undefined
  private readonly trigramAllowed: boolean

  constructor(container: Record<string, unknown>, options: ModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.trigramAllowed = options.trigram !== false
  }

  /** Replaces the documents of these products (none for a deleted one): safe to repeat with the same input. */
  @InjectTransactionManager()
  async replaceDocuments(productIds: string[], documents: SearchDocumentInput[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!productIds.length) return
    // Runs for the same product come together (product.updated with translation.created, a redelivered
    // event): each waits for the others' transaction here, or both would find nothing to delete and the
    // second insert break the unique (product, locale) index. Products share LOCK_BUCKETS locks, taken in
    // order so two runs cannot deadlock: a whole-catalog run (any translation or category change) holds
    // at most that many, not one per product in PostgreSQL's shared lock table.
    await (sharedContext.transactionManager as SqlEntityManager).execute(
      `select count(pg_advisory_xact_lock(hashtext('product-search'), bucket))
         from (select distinct abs(hashtext(id) % ${LOCK_BUCKETS}) as bucket from unnest(string_to_array(?, ',')) as id order by 1) buckets`,
      [productIds.join(",")]
    )
    const existing = await this.listSearchDocuments({ product_id: productIds }, { select: ["id"], take: null }, sharedContext)
    if (existing.length) await this.deleteSearchDocuments(existing.map((d) => d.id), sharedContext)
    if (documents.length) {
      await this.createSearchDocuments(
        documents.map((d) => ({
          ...d,
          title: normalize(d.title),
          keywords: normalize(d.keywords),
          description: normalize(d.description),
          sales_channel_ids: d.sales_channel_ids as unknown as Record<string, unknown>,
        })),
        sharedContext
      )
    }
  }

  @InjectManager()
  async search(query: string, options: SearchOptions, @MedusaContext() sharedContext: Context = {}): Promise<SearchResult> {
    const terms = words(query)
    if (!terms.length || !options.sales_channel_ids.length) return { hits: [], count: 0, suggestion: null }
    const manager = sharedContext.manager as SqlEntityManager
    const channels = options.sales_channel_ids.join(",")
    const plan = planQuery(terms, await this.vocabulary(manager, channels))
    const tsquery = toTsQuery(plan)
    const phrase = terms.join(" ")
    const trigram = await this.hasTrigram(manager)
    // ts_rank_cd normalised by document length (32: rank / (rank + 1)), plus how
    // closely the title resembles the whole query when trigrams are there.
    const rows = await manager.execute(
      `select d.product_id, d.handle, d.locale,
         ts_rank_cd(d.vector, to_tsquery('simple', ?), 32)${trigram ? " + word_similarity(?, d.title)" : ""} as score
       from search_document d
       where ${VISIBLE} and (d.vector @@ to_tsquery('simple', ?)${trigram ? " or ? <% d.title" : ""})
       order by score desc limit ${MAX_MATCHES}`,
      [tsquery, ...(trigram ? [phrase] : []), channels, tsquery, ...(trigram ? [phrase] : [])]
    )
    const ranked = rankMatches(
      rows.map((r) => ({ product_id: String(r.product_id), handle: String(r.handle), locale: String(r.locale), score: Number(r.score) })),
      options.locale
    )
    return { hits: ranked.slice(options.offset, options.offset + options.limit), count: ranked.length, suggestion: plan.suggestion }
  }

  /** Every word of the documents the caller may see, with how many documents use it: what a typo is corrected to. */
  private async vocabulary(manager: SqlEntityManager, channels: string): Promise<VocabularyWord[]> {
    const rows = await manager.execute(
      `select w.word, count(*)::int as ndoc from search_document d, unnest(tsvector_to_array(d.vector)) as w(word)
       where ${VISIBLE} group by w.word`,
      [channels]
    )
    return rows.map((r) => ({ word: String(r.word), ndoc: Number(r.ndoc) }))
  }

  private hasTrigram(manager: SqlEntityManager): Promise<boolean> {
    if (!this.trigramAllowed) return Promise.resolve(false)
    this.trigram ??= manager
      .execute(`select exists (select 1 from pg_extension where extname = 'pg_trgm') as present`)
      .then((rows) => rows[0]?.present === true)
    return this.trigram
  }
}

export default SearchModuleService
