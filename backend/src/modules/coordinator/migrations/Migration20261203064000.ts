import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203064000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "coordinator" add column if not exists "last_login_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "coordinator" drop column if exists "last_login_at";`);
  }

}
