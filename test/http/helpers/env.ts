function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the HTTP suites through "npm test" (or "npm test -- http")`)
  return value
}

export const env = {
  backendUrl: required("BACKEND_URL"),
  publishableKey: required("PUBLISHABLE_KEY"),
}
