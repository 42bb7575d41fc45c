import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123134025 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_kind_source_id_line_item_id_bucket_party_id_unique";`);
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "cohort_id" text not null, "sales_channel_id" text not null, "rule_id" text not null, "rule_version" integer not null, "bucket" text check ("bucket" in ('participants', 'material_fund', 'facility', 'outlet', 'platform')) not null, "party_type" text check ("party_type" in ('participant', 'cohort', 'facility', 'outlet', 'platform')) not null, "party_id" text not null, "amount" integer not null, "kind" text check ("kind" in ('allocation', 'reversal')) not null, "source_id" text not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"), constraint ledger_entry_amount_sign check ((kind = 'allocation' and amount > 0) or (kind = 'reversal' and amount < 0)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_kind_source_id_line_item_id_bucket_party_id_unique" ON "ledger_entry" ("kind", "source_id", "line_item_id", "bucket", "party_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_cohort_id" ON "ledger_entry" ("cohort_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_party_type_party_id" ON "ledger_entry" ("party_type", "party_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }

}
