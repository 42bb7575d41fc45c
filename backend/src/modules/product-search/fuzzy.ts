/**
 * Typo tolerance and "did you mean", kept free of the database so the rules
 * can be read and tested here: the service feeds them the index's vocabulary
 * (words with the number of documents holding them).
 */

export type VocabularyWord = { word: string; ndoc: number }

/** Edits (insert, delete, substitute, swap two neighbours) between two words: Damerau–Levenshtein, optimal string alignment. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

/** Typos forgiven for a word of this length: none under 4 letters ("teh" is not "tea"), one up to 6, two beyond. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0
  return length <= 6 ? 1 : 2
}

/**
 * The vocabulary words a query word may have meant, best first: fewest edits,
 * then the word more documents use. A word the vocabulary holds as it is, or
 * as the start of a word ("kerip" → "keripik"), needs no correction.
 */
export function corrections(term: string, vocabulary: VocabularyWord[], max = 2): string[] {
  if (vocabulary.some((v) => v.word.startsWith(term))) return []
  const allowed = allowedEdits(term.length)
  if (!allowed) return []
  return vocabulary
    .map((v) => ({ ...v, edits: editDistance(term, v.word) }))
    .filter((v) => v.edits <= allowed)
    .sort((x, y) => x.edits - y.edits || y.ndoc - x.ndoc || x.word.localeCompare(y.word))
    .slice(0, max)
    .map((v) => v.word)
}

export type QueryPlan = {
  /** Per query word, the words searched for it: itself (as a prefix) and its corrections. */
  alternatives: { term: string; corrected: string[] }[]
  /** The query with every corrected word replaced by its best correction; null when nothing was corrected. */
  suggestion: string | null
}

export function planQuery(terms: string[], vocabulary: VocabularyWord[]): QueryPlan {
  const alternatives = terms.map((term) => ({ term, corrected: corrections(term, vocabulary) }))
  const changed = alternatives.some((a) => a.corrected.length)
  return {
    alternatives,
    suggestion: changed ? alternatives.map((a) => a.corrected[0] ?? a.term).join(" ") : null,
  }
}

/**
 * A PostgreSQL tsquery for the plan: every query word must match, each by its
 * prefix or by one of its corrections ("kripik pisang" → (kripik:* | keripik) &
 * (pisang:*)). Words are letters and digits only (text.ts), so nothing in
 * them is tsquery syntax.
 */
export function toTsQuery(plan: QueryPlan): string {
  return plan.alternatives
    .map(({ term, corrected }) => `(${[`${term}:*`, ...corrected].join(" | ")})`)
    .join(" & ")
}

export type ScoredMatch = { product_id: string; handle: string; locale: string; score: number }

/**
 * One result per product, ranked: a product found in the shopper's language
 * and in the other keeps its best score, and a match in the shopper's own
 * language outranks the same match found only in a translation.
 */
export function rankMatches(rows: ScoredMatch[], locale: string, otherLocaleWeight = 0.8): ScoredMatch[] {
  const best = new Map<string, ScoredMatch>()
  for (const row of rows) {
    const weighted = { ...row, score: row.locale === locale ? row.score : row.score * otherLocaleWeight }
    const current = best.get(row.product_id)
    if (!current || weighted.score > current.score || (weighted.score === current.score && row.locale === locale)) {
      best.set(row.product_id, weighted)
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.handle.localeCompare(b.handle))
}
