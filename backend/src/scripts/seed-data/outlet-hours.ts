import type { OpeningHoursType } from "../../modules/outlet/opening-hours"

/**
 * When shoppers can collect a pickup at each demo outlet (fiction, like the
 * outlets: typical hours of a Palembang food court). Kept apart from
 * outlets.ts so the pickup seed can change without touching the outlets'.
 */
export const OUTLET_OPENING_HOURS: Record<string, OpeningHoursType> = {
  "sentra-kuliner-plaju": [
    { days: [1, 2, 3, 4, 5, 6], opens: "08:00", closes: "17:00" },
    { days: [7], opens: "09:00", closes: "14:00" },
  ],
  "sentra-kuliner-sungai-gerong": [{ days: [1, 2, 3, 4, 5], opens: "08:30", closes: "16:30" }, { days: [6], opens: "08:30", closes: "12:00" }],
}
