import type { Translate } from "../../lib/i18n"

// Each value has its own literal key (the translations test reads them); an unknown value shows as it is.

export const PARTICIPANT_STATUSES = ["wbp", "klien", "released"] as const

export function participantStatusLabel(t: Translate, status: string): string {
  if (status === "wbp") return t("impact.participants.statusLabel.wbp")
  if (status === "klien") return t("impact.participants.statusLabel.klien")
  if (status === "released") return t("impact.participants.statusLabel.released")
  return status
}

export function facilityTypeLabel(t: Translate, type: string | null): string {
  if (type === "lapas") return t("impact.participants.facilityType.lapas")
  if (type === "rutan") return t("impact.participants.facilityType.rutan")
  if (type === "bapas") return t("impact.participants.facilityType.bapas")
  return type ?? "—"
}
