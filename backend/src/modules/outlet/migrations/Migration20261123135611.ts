import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123135611 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "outlet_invite" drop constraint if exists "outlet_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "outlet_case_pack" drop constraint if exists "outlet_case_pack_outlet_id_product_id_unique";`);
    this.addSql(`alter table if exists "outlet" drop constraint if exists "outlet_handle_unique";`);
    this.addSql(`alter table if exists "consignment_report" drop constraint if exists "consignment_report_outlet_id_period_start_period_end_unique";`);
    this.addSql(`create table if not exists "consignment_placement" ("id" text not null, "outlet_id" text not null, "batch_id" text not null, "cohort_id" text not null, "variant_id" text not null, "quantity" integer not null, "sold_quantity" integer not null default 0, "returned_quantity" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "consignment_placement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_placement_deleted_at" ON "consignment_placement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_placement_outlet_id_variant_id" ON "consignment_placement" ("outlet_id", "variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_placement_batch_id" ON "consignment_placement" ("batch_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "consignment_report" ("id" text not null, "outlet_id" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "order_id" text null, "lines" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "consignment_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_report_deleted_at" ON "consignment_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consignment_report_outlet_id_period_start_period_end_unique" ON "consignment_report" ("outlet_id", "period_start", "period_end") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "outlet" ("id" text not null, "name" text not null, "handle" text not null, "pertamina_centre" text not null, "address_1" text not null, "address_2" text null, "city" text not null, "province" text not null, "postal_code" text null, "contact_name" text not null, "contact_phone" text not null, "contact_email" text not null, "payment_terms_days" integer not null default 30, "minimum_order_value" integer not null default 0, "status" text check ("status" in ('active', 'inactive')) not null default 'active', "consignment_sales_channel_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "outlet_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_outlet_handle_unique" ON "outlet" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_outlet_deleted_at" ON "outlet" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "outlet_case_pack" ("id" text not null, "product_id" text not null, "units" integer not null, "outlet_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "outlet_case_pack_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_outlet_case_pack_outlet_id" ON "outlet_case_pack" ("outlet_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_outlet_case_pack_deleted_at" ON "outlet_case_pack" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_outlet_case_pack_outlet_id_product_id_unique" ON "outlet_case_pack" ("outlet_id", "product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "outlet_invite" ("id" text not null, "outlet_id" text not null, "email" text not null, "name" text null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "outlet_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_outlet_invite_token_hash_unique" ON "outlet_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_outlet_invite_deleted_at" ON "outlet_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_outlet_invite_email" ON "outlet_invite" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_outlet_invite_outlet_id" ON "outlet_invite" ("outlet_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "outlet_case_pack" add constraint "outlet_case_pack_outlet_id_foreign" foreign key ("outlet_id") references "outlet" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "outlet_case_pack" drop constraint if exists "outlet_case_pack_outlet_id_foreign";`);

    this.addSql(`drop table if exists "consignment_placement" cascade;`);

    this.addSql(`drop table if exists "consignment_report" cascade;`);

    this.addSql(`drop table if exists "outlet" cascade;`);

    this.addSql(`drop table if exists "outlet_case_pack" cascade;`);

    this.addSql(`drop table if exists "outlet_invite" cascade;`);
  }

}
