function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the HTTP suites through "npm test" (or "npm test -- http")`)
  return value
}

// Read when used, not when loaded: `npm run soak` points these helpers at a marketplace it finds first.
export const env = {
  get backendUrl() {
    return required("BACKEND_URL")
  },
  get publishableKey() {
    return required("PUBLISHABLE_KEY")
  },
}
