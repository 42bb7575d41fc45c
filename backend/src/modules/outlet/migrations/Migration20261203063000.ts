import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Pickup at outlets (issue 15 item 6, issue 16): opening hours, and the cash
// an outlet takes for orders paid at pickup.
export class Migration20261203063000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "outlet" add column if not exists "opening_hours" jsonb null;`)
    this.addSql(`create table if not exists "pickup_taking" ("id" text not null, "outlet_id" text not null, "order_id" text not null, "amount" integer not null, "currency_code" text not null, "collected_at" timestamptz not null, "collected_by" text null, "settled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_taking_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_taking_deleted_at" ON "pickup_taking" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pickup_taking_order_id_unique" ON "pickup_taking" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_taking_outlet_id_settled_at" ON "pickup_taking" ("outlet_id", "settled_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pickup_taking" cascade;`)
    this.addSql(`alter table if exists "outlet" drop column if exists "opening_hours";`)
  }
}
