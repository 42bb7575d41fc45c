import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203095115 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker_note" drop constraint if exists "maker_note_order_id_cohort_id_unique";`);
    this.addSql(`create table if not exists "maker_note" ("id" text not null, "order_id" text not null, "cohort_id" text not null, "author_kind" text check ("author_kind" in ('customer', 'outlet')) not null, "first_name" text null, "message" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "moderated_by" text null, "moderated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_note_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_note_deleted_at" ON "maker_note" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_note_order_id_cohort_id_unique" ON "maker_note" ("order_id", "cohort_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_note_cohort_id_status" ON "maker_note" ("cohort_id", "status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maker_note" cascade;`);
  }

}
