import type { Translate } from "../../lib/i18n"

export const BUCKET_CODES = ["participants", "material_fund", "facility", "outlet", "platform"] as const
export type BucketCode = (typeof BUCKET_CODES)[number]

/** Bucket names in the Admin's language; the codes stay in the data. */
export const bucketLabels = (t: Translate): Record<BucketCode, string> => ({
  participants: t("buckets.participants"),
  material_fund: t("buckets.material_fund"),
  facility: t("buckets.facility"),
  outlet: t("buckets.outlet"),
  platform: t("buckets.platform"),
})

export const bucketLabel = (t: Translate, code: string) => bucketLabels(t)[code as BucketCode] ?? code
