import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123134240 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payout_statement_entry" drop constraint if exists "payout_statement_entry_ledger_entry_id_unique";`);
    this.addSql(`create table if not exists "payout_run" ("id" text not null, "period" text not null, "period_from" timestamptz not null, "period_to" timestamptz not null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_run_deleted_at" ON "payout_run" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_statement" ("id" text not null, "party_type" text check ("party_type" in ('participant', 'cohort')) not null, "party_id" text not null, "cohort_id" text not null, "total" integer not null, "status" text check ("status" in ('unpaid', 'paid')) not null default 'unpaid', "paid_reference" text null, "paid_at" timestamptz null, "paid_by" text null, "paid_by_type" text check ("paid_by_type" in ('user', 'coordinator')) null, "run_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_statement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_statement_run_id" ON "payout_statement" ("run_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_statement_deleted_at" ON "payout_statement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_statement_cohort_id" ON "payout_statement" ("cohort_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_statement_party_type_party_id" ON "payout_statement" ("party_type", "party_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_statement_status" ON "payout_statement" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_statement_entry" ("id" text not null, "ledger_entry_id" text not null, "amount" integer not null, "bucket" text not null, "kind" text not null, "order_id" text not null, "line_item_id" text not null, "occurred_at" timestamptz not null, "statement_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_statement_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_statement_entry_ledger_entry_id_unique" ON "payout_statement_entry" ("ledger_entry_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_statement_entry_statement_id" ON "payout_statement_entry" ("statement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_statement_entry_deleted_at" ON "payout_statement_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_statement_entry_order_id" ON "payout_statement_entry" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "payout_statement" add constraint "payout_statement_run_id_foreign" foreign key ("run_id") references "payout_run" ("id") on update cascade;`);

    this.addSql(`alter table if exists "payout_statement_entry" add constraint "payout_statement_entry_statement_id_foreign" foreign key ("statement_id") references "payout_statement" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "payout_statement" drop constraint if exists "payout_statement_run_id_foreign";`);

    this.addSql(`alter table if exists "payout_statement_entry" drop constraint if exists "payout_statement_entry_statement_id_foreign";`);

    this.addSql(`drop table if exists "payout_run" cascade;`);

    this.addSql(`drop table if exists "payout_statement" cascade;`);

    this.addSql(`drop table if exists "payout_statement_entry" cascade;`);
  }

}
