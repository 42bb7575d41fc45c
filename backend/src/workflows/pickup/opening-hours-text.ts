import type { OpeningHoursType } from "../../modules/outlet/opening-hours"

const HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

/** Opening hours in Indonesian for the emails: "Senin–Sabtu 08.00–17.00; Minggu 09.00–14.00". */
export function openingHoursText(periods: OpeningHoursType | null | undefined): string {
  if (!periods?.length) return "tanyakan lewat telepon outlet"
  return periods
    .map((p) => {
      const days = [...new Set(p.days)].sort((a, b) => a - b)
      const consecutive = days.length > 2 && days.every((d, i) => i === 0 || d === (days[i - 1] ?? 0) + 1)
      const names = consecutive ? `${HARI[(days[0] ?? 1) - 1]}–${HARI[(days.at(-1) ?? 1) - 1]}` : days.map((d) => HARI[d - 1]).join(", ")
      return `${names} ${p.opens.replace(":", ".")}–${p.closes.replace(":", ".")}`
    })
    .join("; ")
}
