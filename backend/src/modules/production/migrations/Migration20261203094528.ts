import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203094528 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "participant" add column if not exists "status" text check ("status" in ('wbp', 'klien', 'released')) not null default 'wbp', add column if not exists "area" text check ("area" in ('plaju', 'banyuasin_i', 'other')) null, add column if not exists "joined_on" text null, add column if not exists "left_on" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "participant" drop column if exists "status", drop column if exists "area", drop column if exists "joined_on", drop column if exists "left_on";`);
  }

}
