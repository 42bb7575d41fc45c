import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123134140 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "revenue_share_bucket" drop constraint if exists "revenue_share_bucket_rule_id_code_unique";`);
    this.addSql(`create table if not exists "revenue_share_rule" ("id" text not null, "cohort_id" text null, "sales_channel_id" text null, "name" text not null, "version" integer not null, "effective_from" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "revenue_share_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_revenue_share_rule_deleted_at" ON "revenue_share_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_revenue_share_rule_cohort_id_sales_channel_id_effective_from" ON "revenue_share_rule" ("cohort_id", "sales_channel_id", "effective_from") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "revenue_share_bucket" ("id" text not null, "code" text check ("code" in ('participants', 'material_fund', 'facility', 'outlet', 'platform')) not null, "basis_points" integer not null, "rule_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "revenue_share_bucket_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_revenue_share_bucket_rule_id" ON "revenue_share_bucket" ("rule_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_revenue_share_bucket_deleted_at" ON "revenue_share_bucket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_revenue_share_bucket_rule_id_code_unique" ON "revenue_share_bucket" ("rule_id", "code") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "revenue_share_bucket" add constraint "revenue_share_bucket_rule_id_foreign" foreign key ("rule_id") references "revenue_share_rule" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "revenue_share_bucket" drop constraint if exists "revenue_share_bucket_rule_id_foreign";`);

    this.addSql(`drop table if exists "revenue_share_rule" cascade;`);

    this.addSql(`drop table if exists "revenue_share_bucket" cascade;`);
  }

}
