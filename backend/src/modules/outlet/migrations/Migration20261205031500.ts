import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// What a sell-through report added to its placements' sold counts, written in
// the counts' own transaction, so a repair can take back exactly that after a
// crash between the write and the step's checkpoint (issue 14, faults).
export class Migration20261205031500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "consignment_report" add column if not exists "sold_counted" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "consignment_report" drop column if exists "sold_counted";`)
  }
}
