export type HalalStatus = "certified" | "in_process" | "not_certified"

/** The Indonesian food label (P-IRT, halal, shelf life, ingredients), as the food_label module stores it. */
export type FoodLabel = {
  pirt_number: string | null
  halal_status: HalalStatus
  halal_certificate_number: string | null
  shelf_life_days: number
  ingredients: string
  allergens: string | null
  storage: string | null
}
