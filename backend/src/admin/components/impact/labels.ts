import type { Translate } from "../../lib/i18n"
import type { SkillLine } from "@karya-binaan/contract"

// Each value has its own literal key (the translations test reads them); an unknown value shows as it is.

export const CHANNELS = ["online", "outlet", "consignment"] as const
export const AREAS = ["plaju", "banyuasin_i", "other"] as const
// Checked against the contract: a line the backend does not know fails the typecheck.
export const SKILL_LINES = ["olahan_pisang", "olahan_tempe", "tali_meiwa", "eceng_gondok", "food_safety", "business"] as const satisfies readonly SkillLine[]
export const INPUT_KINDS = ["training_cost", "equipment", "material_capital", "other"] as const

export function channelLabel(t: Translate, channel: string): string {
  if (channel === "online") return t("impact.channel.online")
  if (channel === "outlet") return t("impact.channel.outlet")
  if (channel === "consignment") return t("impact.channel.consignment")
  return channel
}

export function areaLabel(t: Translate, area: string): string {
  if (area === "plaju") return t("impact.area.plaju")
  if (area === "banyuasin_i") return t("impact.area.banyuasin_i")
  if (area === "other") return t("impact.area.other")
  return area
}

export function skillLineLabel(t: Translate, line: string): string {
  if (line === "olahan_pisang") return t("impact.skillLine.olahan_pisang")
  if (line === "olahan_tempe") return t("impact.skillLine.olahan_tempe")
  if (line === "tali_meiwa") return t("impact.skillLine.tali_meiwa")
  if (line === "eceng_gondok") return t("impact.skillLine.eceng_gondok")
  if (line === "food_safety") return t("impact.skillLine.food_safety")
  if (line === "business") return t("impact.skillLine.business")
  return line
}

export function inputKindLabel(t: Translate, kind: string): string {
  if (kind === "training_cost") return t("impact.inputKind.training_cost")
  if (kind === "equipment") return t("impact.inputKind.equipment")
  if (kind === "material_capital") return t("impact.inputKind.material_capital")
  if (kind === "other") return t("impact.inputKind.other")
  return kind
}

/** Native selects in the Medusa UI look: keyboard, print and browser tests treat them as plain selects. */
export const SELECT_CLASS =
  "bg-ui-bg-field shadow-borders-base txt-compact-small text-ui-fg-base h-8 rounded-md px-2 outline-none focus-visible:shadow-borders-interactive-with-active"
