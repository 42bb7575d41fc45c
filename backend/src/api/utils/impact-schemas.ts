import { z } from "@medusajs/framework/zod"
import { CHANNELS } from "../../modules/impact/figures/types"
import { INPUT_KINDS } from "../../modules/impact/models/programme-input"
import { SKILL_LINES, TRAINING_KINDS } from "../../modules/impact/models/training"
import { PARTICIPANT_AREAS, PARTICIPANT_STATUSES } from "../../modules/production/models/participant"
import { calendarDay, pagination, text, wholeNumber } from "./input-schemas"

/*
 * Query and body shapes of the impact routes (issue 17), shared by /admin,
 * /coordinator and /store so each value is checked one way.
 */

const oneOf = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `${label}: pilih salah satu dari ${values.join(", ")}.` })

const id = (label: string) => text({ error: `Isi ${label}.` }).trim().min(1, { error: `Isi ${label}.` })

const periodRefine = <T extends { from?: string; to?: string }>(q: T) => !q.from || !q.to || q.from <= q.to
const PERIOD_ERROR = { error: "from sesudah to: tanggal awal harus sebelum atau sama dengan tanggal akhir." }

/** GET …/impact/figures (and the report exports): period and filters. */
export const ImpactFiguresParams = z
  .object({
    from: calendarDay("from").optional(),
    to: calendarDay("to").optional(),
    cohort_id: id("cohort_id").optional(),
    facility: text().trim().min(1).max(200).optional(),
    channel: oneOf("channel", CHANNELS).optional(),
    area: oneOf("area", PARTICIPANT_AREAS).optional(),
    skill_line: oneOf("skill_line", SKILL_LINES).optional(),
  })
  .strict()
  .refine(periodRefine, PERIOD_ERROR)
export type ImpactFiguresParamsType = z.infer<typeof ImpactFiguresParams>

/** GET /store/impact: the whole programme, or one public cohort. */
export const StoreImpactParams = z.object({ cohort_handle: text().trim().min(1).max(200).optional() }).strict()
export type StoreImpactParamsType = z.infer<typeof StoreImpactParams>

export const ListTrainingsParams = z
  .object({ cohort_id: id("cohort_id").optional(), from: calendarDay("from").optional(), to: calendarDay("to").optional() })
  .strict()
  .refine(periodRefine, PERIOD_ERROR)
export type ListTrainingsParamsType = z.infer<typeof ListTrainingsParams>

export const CreateTraining = z
  .object({
    cohort_id: id("kohort (cohort_id)"),
    kind: oneOf("kind", TRAINING_KINDS).default("training"),
    skill_line: oneOf("skill_line", SKILL_LINES),
    title: text({ error: "Isi judul pelatihan (title)." }).trim().min(1, { error: "Isi judul pelatihan (title)." }).max(200, { error: "Judul paling banyak 200 karakter." }),
    held_on: calendarDay("tanggal pelatihan (held_on)"),
    place: text({ error: "Isi tempat (place)." }).trim().min(1, { error: "Isi tempat (place): fasilitas atau sentra kuliner." }).max(200),
    trainer_org: text({ error: "Isi penyelenggara (trainer_org)." }).trim().min(1, { error: "Isi penyelenggara/pelatih (trainer_org)." }).max(200),
    hours: z.coerce
      .number({ error: "hours berupa angka jam, mis. 3 atau 1.5." })
      .refine((h) => Number.isFinite(h) && h > 0 && h <= 24 * 14, { error: "hours harus lebih dari 0 dan paling banyak 336 jam (14 hari)." }),
    participant_codes: z
      .array(text().trim().min(1).max(40), { error: "participant_codes berupa daftar kode peserta." })
      .max(500, { error: "Paling banyak 500 peserta per pelatihan." })
      .default([]),
  })
  .strict()
export type CreateTrainingType = z.infer<typeof CreateTraining>

export const CreateProgrammeInput = z
  .object({
    month: text({ error: "Isi bulan (month), mis. 2026-11." })
      .trim()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "month tidak valid: tulis bulan seperti 2026-11." }),
    kind: oneOf("kind", INPUT_KINDS),
    amount: wholeNumber("amount (rupiah)", 1, 1_000_000_000_000),
    sponsor: text().trim().min(1).max(200).optional(),
    note: text().trim().max(500, { error: "Catatan paling banyak 500 karakter." }).nullable().optional(),
  })
  .strict()
export type CreateProgrammeInputType = z.infer<typeof CreateProgrammeInput>

const dayOrNull = (label: string) => calendarDay(label).nullable().optional()

export const UpdateParticipantProfile = z
  .object({
    status: oneOf("status", PARTICIPANT_STATUSES).optional(),
    area: oneOf("area", PARTICIPANT_AREAS).nullable().optional(),
    joined_on: dayOrNull("joined_on"),
    left_on: dayOrNull("left_on"),
  })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { error: "Tidak ada yang diubah: kirim status, area, joined_on atau left_on." })
  .refine((b) => !b.joined_on || !b.left_on || b.joined_on <= b.left_on, { error: "left_on sebelum joined_on: periksa kedua tanggal." })
export type UpdateParticipantProfileType = z.infer<typeof UpdateParticipantProfile>

export const MoveParticipant = z.object({ cohort_id: id("kohort tujuan (cohort_id)") }).strict()
export type MoveParticipantType = z.infer<typeof MoveParticipant>

export const NoImpactQuery = z.object({}).strict()

/** GET /admin/participants: one cohort, one status, part of a code; paged. */
export const AdminListParticipantsParams = z
  .object({
    cohort_id: id("cohort_id").optional(),
    status: oneOf("status", PARTICIPANT_STATUSES).optional(),
    q: text()
      .trim()
      .max(40, { error: "q paling banyak 40 karakter." })
      .regex(/^[A-Za-z0-9-]*$/, { error: "q: tulis (sebagian) kode peserta, huruf, angka dan tanda hubung, mis. KB-PLJ-0042." })
      .optional(),
    ...pagination({ limit: 50, max: 200 }),
  })
  .strict()
export type AdminListParticipantsParamsType = z.infer<typeof AdminListParticipantsParams>
