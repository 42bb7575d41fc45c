import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122223317 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "food_label" ("id" text not null, "pirt_number" text null, "halal_status" text check ("halal_status" in ('certified', 'in_process', 'not_certified')) not null default 'not_certified', "halal_certificate_number" text null, "shelf_life_days" integer not null, "ingredients" text not null, "allergens" text null, "storage" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "food_label_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_food_label_deleted_at" ON "food_label" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "food_label" cascade;`);
  }

}
