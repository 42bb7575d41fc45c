export type ContributionInput = { participant_id: string; units?: number | null; hours?: number | null }

export type RecordBatchInput = {
  cohort_id: string
  variant_id: string
  quantity: number
  batch_code: string
  production_date: string | Date
  expiry_date?: string | Date | null
  contributions: ContributionInput[]
}
