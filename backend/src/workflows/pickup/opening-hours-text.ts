import type { OpeningHoursType } from "../../modules/outlet/opening-hours"

const DAYS = {
  id: ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
const ASK = { id: "tanyakan lewat telepon outlet", en: "ask the outlet by phone" }

/** Opening hours for the emails: "Senin–Sabtu 08.00–17.00; Minggu 09.00–14.00" (English: "Monday–Saturday 08.00–17.00"). */
export function openingHoursText(periods: OpeningHoursType | null | undefined, locale: "id" | "en" = "id"): string {
  if (!periods?.length) return ASK[locale]
  const names = DAYS[locale]
  return periods
    .map((p) => {
      const days = [...new Set(p.days)].sort((a, b) => a - b)
      const consecutive = days.length > 2 && days.every((d, i) => i === 0 || d === (days[i - 1] ?? 0) + 1)
      const label = consecutive ? `${names[(days[0] ?? 1) - 1]}–${names[(days.at(-1) ?? 1) - 1]}` : days.map((d) => names[d - 1]).join(", ")
      return `${label} ${p.opens.replace(":", ".")}–${p.closes.replace(":", ".")}`
    })
    .join("; ")
}
