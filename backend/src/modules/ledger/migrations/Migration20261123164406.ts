import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123164406 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_unsettled_entry" drop constraint if exists "ledger_unsettled_entry_ledger_entry_id_unique";`);
    this.addSql(`create table if not exists "ledger_unsettled_entry" ("id" text not null, "ledger_entry_id" text not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_unsettled_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_unsettled_entry_ledger_entry_id_unique" ON "ledger_unsettled_entry" ("ledger_entry_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_unsettled_entry_deleted_at" ON "ledger_unsettled_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_unsettled_entry_occurred_at" ON "ledger_unsettled_entry" ("occurred_at") WHERE deleted_at IS NULL;`);

    // A ledger from before open items: every payout-bucket entry no statement holds is open.
    // (plpgsql plans a branch only when it runs, so a database without payouts never reads their table.)
    this.addSql(`do $$ begin
      if to_regclass('public.payout_statement_entry') is null then
        insert into "ledger_unsettled_entry" ("id", "ledger_entry_id", "occurred_at")
        select 'lgopen_' || substr(le.id, 7), le.id, le.occurred_at from "ledger_entry" le
        where le.bucket in ('participants', 'material_fund') and le.deleted_at is null;
      else
        insert into "ledger_unsettled_entry" ("id", "ledger_entry_id", "occurred_at")
        select 'lgopen_' || substr(le.id, 7), le.id, le.occurred_at from "ledger_entry" le
        where le.bucket in ('participants', 'material_fund') and le.deleted_at is null
          and not exists (select 1 from "payout_statement_entry" pse where pse.ledger_entry_id = le.id and pse.deleted_at is null);
      end if;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_unsettled_entry" cascade;`);
  }

}
