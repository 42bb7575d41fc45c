import type { PayoutStatement } from "@karya-binaan/contract"
import type { Translate } from "../../lib/i18n"

/** "KB-PLJ-0042", or the cohort's material fund. */
export const partyName = (t: Translate, s: Pick<PayoutStatement, "party_type" | "party_label">) =>
  s.party_type === "participant" ? s.party_label : t("payouts.materialFund", { cohort: s.party_label })

/** What a statement line's bucket and kind are called (the CSV keeps its own Indonesian headers). */
export const statementBucket = (t: Translate, bucket: string) =>
  ({ participants: t("payouts.buckets.participants"), material_fund: t("payouts.buckets.material_fund") })[bucket] ?? bucket

export const statementKind = (t: Translate, kind: string) =>
  ({ allocation: t("payouts.kinds.allocation"), reversal: t("payouts.kinds.reversal") })[kind] ?? kind
