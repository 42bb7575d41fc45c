import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123110500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "coordinator" drop constraint if exists "coordinator_email_unique";`);
    this.addSql(`create table if not exists "coordinator" ("id" text not null, "email" text not null, "name" text not null, "status" text check ("status" in ('active', 'inactive')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coordinator_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coordinator_email_unique" ON "coordinator" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coordinator_deleted_at" ON "coordinator" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "coordinator_invite" drop constraint if exists "coordinator_invite_token_hash_unique";`);
    this.addSql(`create table if not exists "coordinator_invite" ("id" text not null, "email" text not null, "name" text null, "cohort_ids" jsonb not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coordinator_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coordinator_invite_token_hash_unique" ON "coordinator_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coordinator_invite_deleted_at" ON "coordinator_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coordinator_invite_email" ON "coordinator_invite" ("email") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "coordinator_invite" cascade;`);
    this.addSql(`drop table if exists "coordinator" cascade;`);
  }

}
