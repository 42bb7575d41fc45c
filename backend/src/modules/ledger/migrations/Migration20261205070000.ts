import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Whether a rule allocated anything is asked on every view of the rules: by
// rule_id, through this index instead of a scan of the whole ledger.
export class Migration20261205070000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_rule_id" ON "ledger_entry" ("rule_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ledger_entry_rule_id";`);
  }

}
