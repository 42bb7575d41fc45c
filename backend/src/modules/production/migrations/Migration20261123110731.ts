import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123110731 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "batch_draw" drop constraint if exists "batch_draw_line_item_id_batch_id_unique";`);
    this.addSql(`alter table if exists "production_batch" drop constraint if exists "production_batch_cohort_id_batch_code_unique";`);
    this.addSql(`alter table if exists "participant" drop constraint if exists "participant_code_unique";`);
    this.addSql(`create table if not exists "participant" ("id" text not null, "code" text not null, "display_name" text null, "active" boolean not null default true, "cohort_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "participant_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_participant_code_unique" ON "participant" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_participant_deleted_at" ON "participant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_participant_cohort_id" ON "participant" ("cohort_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_batch" ("id" text not null, "batch_code" text not null, "cohort_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "quantity" integer not null, "remaining_quantity" integer not null, "production_date" timestamptz not null, "expiry_date" timestamptz null, "expired_at" timestamptz null, "expired_quantity" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_batch_deleted_at" ON "production_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_batch_cohort_id_batch_code_unique" ON "production_batch" ("cohort_id", "batch_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_batch_variant_id" ON "production_batch" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_batch_expiry_date" ON "production_batch" ("expiry_date") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "batch_draw" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "quantity" integer not null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "batch_draw_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_draw_batch_id" ON "batch_draw" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_draw_deleted_at" ON "batch_draw" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_batch_draw_line_item_id_batch_id_unique" ON "batch_draw" ("line_item_id", "batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_draw_order_id" ON "batch_draw" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "batch_contribution" ("id" text not null, "units" integer null, "hours" real null, "batch_id" text not null, "participant_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "batch_contribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_contribution_batch_id" ON "batch_contribution" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_contribution_participant_id" ON "batch_contribution" ("participant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_contribution_deleted_at" ON "batch_contribution" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "batch_draw" add constraint "batch_draw_batch_id_foreign" foreign key ("batch_id") references "production_batch" ("id") on update cascade;`);

    this.addSql(`alter table if exists "batch_contribution" add constraint "batch_contribution_batch_id_foreign" foreign key ("batch_id") references "production_batch" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "batch_contribution" add constraint "batch_contribution_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "batch_contribution" drop constraint if exists "batch_contribution_participant_id_foreign";`);

    this.addSql(`alter table if exists "batch_draw" drop constraint if exists "batch_draw_batch_id_foreign";`);

    this.addSql(`alter table if exists "batch_contribution" drop constraint if exists "batch_contribution_batch_id_foreign";`);

    this.addSql(`drop table if exists "participant" cascade;`);

    this.addSql(`drop table if exists "production_batch" cascade;`);

    this.addSql(`drop table if exists "batch_draw" cascade;`);

    this.addSql(`drop table if exists "batch_contribution" cascade;`);
  }

}
