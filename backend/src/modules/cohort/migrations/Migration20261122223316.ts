import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122223316 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cohort" drop constraint if exists "cohort_handle_unique";`);
    this.addSql(`create table if not exists "cohort" ("id" text not null, "handle" text not null, "name" text not null, "facility_name" text not null, "facility_type" text check ("facility_type" in ('lapas', 'rutan', 'bapas')) not null, "area" text check ("area" in ('plaju', 'banyuasin_i', 'other')) not null, "craft_line" text check ("craft_line" in ('pisang', 'tempe', 'tali_meiwa', 'eceng_gondok')) not null, "tagline" text not null, "story" text not null, "image_url" text null, "status" text check ("status" in ('pending', 'active', 'inactive')) not null default 'pending', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cohort_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cohort_handle_unique" ON "cohort" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cohort_deleted_at" ON "cohort" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cohort_status" ON "cohort" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cohort" cascade;`);
  }

}
