import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203022318 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "auth_failure" ("id" text not null, "key_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auth_failure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auth_failure_deleted_at" ON "auth_failure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auth_failure_key_hash_created_at" ON "auth_failure" ("key_hash", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auth_failure_created_at" ON "auth_failure" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "auth_failure" cascade;`);
  }

}
