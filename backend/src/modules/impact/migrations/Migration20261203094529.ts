import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203094529 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "training_attendance" drop constraint if exists "training_attendance_training_id_participant_id_unique";`);
    this.addSql(`create table if not exists "programme_input" ("id" text not null, "month" text not null, "kind" text check ("kind" in ('training_cost', 'equipment', 'material_capital', 'other')) not null, "amount" integer not null, "sponsor" text not null default 'Kilang Pertamina Plaju', "note" text null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "programme_input_pkey" primary key ("id"), constraint programme_input_amount_positive check (amount > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_programme_input_deleted_at" ON "programme_input" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_programme_input_month" ON "programme_input" ("month") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "training" ("id" text not null, "cohort_id" text not null, "kind" text check ("kind" in ('training', 'study_visit')) not null default 'training', "skill_line" text check ("skill_line" in ('olahan_pisang', 'olahan_tempe', 'tali_meiwa', 'eceng_gondok', 'food_safety', 'business')) not null, "title" text not null, "held_on" text not null, "place" text not null, "trainer_org" text not null, "hours" real not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "training_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_deleted_at" ON "training" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_cohort_id" ON "training" ("cohort_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_held_on" ON "training" ("held_on") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "training_attendance" ("id" text not null, "participant_id" text not null, "training_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "training_attendance_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_attendance_training_id" ON "training_attendance" ("training_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_attendance_deleted_at" ON "training_attendance" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_training_attendance_training_id_participant_id_unique" ON "training_attendance" ("training_id", "participant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_attendance_participant_id" ON "training_attendance" ("participant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "training_attendance" add constraint "training_attendance_training_id_foreign" foreign key ("training_id") references "training" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "training_attendance" drop constraint if exists "training_attendance_training_id_foreign";`);

    this.addSql(`drop table if exists "programme_input" cascade;`);

    this.addSql(`drop table if exists "training" cascade;`);

    this.addSql(`drop table if exists "training_attendance" cascade;`);
  }

}
