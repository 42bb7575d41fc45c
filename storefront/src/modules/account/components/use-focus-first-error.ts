"use client"

import { useEffect, useRef } from "react"
import type { FormState } from "@/lib/data/form-state"

/**
 * After a refused submission, focus the first field marked invalid, so
 * keyboard and screen-reader users land on the problem (its message is tied
 * to it with aria-describedby) instead of hunting for it.
 */
export function useFocusFirstError(state: FormState) {
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (!state.errors || !Object.keys(state.errors).length) return
    form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus()
  }, [state])
  return form
}
