import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203062000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "search_document" ("id" text not null, "product_id" text not null, "handle" text not null, "locale" text not null, "title" text not null, "keywords" text not null, "description" text not null, "published" boolean not null default false, "sales_channel_ids" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_document_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_document_product_id_locale_unique" ON "search_document" ("product_id", "locale") WHERE deleted_at IS NULL;`)
    // Title A, categories and cohort B, description C: ts_rank weighs a title hit above a passing mention.
    // The text is normalised by the service before it is stored (modules/product-search/text.ts), so `simple` suffices.
    this.addSql(`alter table "search_document" add column if not exists "vector" tsvector generated always as (
      setweight(to_tsvector('simple', "title"), 'A') || setweight(to_tsvector('simple', "keywords"), 'B') || setweight(to_tsvector('simple', "description"), 'C')
    ) stored;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_vector" ON "search_document" USING gin ("vector");`)
    // Trigram similarity is a bonus, not a requirement: where the server does not
    // ship pg_trgm (or the role may not create it) search still works on full-text
    // and the vocabulary's edit distance. The service checks for it at run time.
    this.addSql(`DO $$ BEGIN
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN others THEN
      RAISE NOTICE 'pg_trgm unavailable (%), search runs without trigram similarity', SQLERRM;
    END $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`)
  }
}
