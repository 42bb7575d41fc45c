export { formatRupiah } from "../../../lib/notifications/rupiah"

export const BUCKET_CODES = ["participants", "material_fund", "facility", "outlet", "platform"] as const
export type BucketCode = (typeof BUCKET_CODES)[number]

/** Operators read buckets in Indonesian; the codes stay in the data. */
export const BUCKET_LABELS: Record<BucketCode, string> = {
  participants: "Peserta (premi)",
  material_fund: "Dana bahan kohort",
  facility: "Fasilitas",
  outlet: "Outlet",
  platform: "Operasional platform",
}

export const bucketLabel = (code: string) => BUCKET_LABELS[code as BucketCode] ?? code

/** 1.500 basis points → "15%". */
export const percent = (basisPoints: number) => `${(basisPoints / 100).toLocaleString("id-ID", { maximumFractionDigits: 2 })}%`

export const day = (iso: string) => new Date(iso).toLocaleDateString("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" })
