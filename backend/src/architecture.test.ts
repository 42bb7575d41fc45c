import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

/**
 * The layering of backend/src (../shared/architecture.json), checked on the
 * source text so a wrong arrow fails the unit suite, naming file and import:
 * (a) a module imports nothing relative from outside its own folder (the
 *     framework and npm packages are fine);
 * (b) lib/ imports nothing from api/, modules/, subscribers/ or jobs/;
 * (c) only workflows/, api/, subscribers/, jobs/, scripts/ and migration-scripts/ run a workflow
 *     (admin/ is browser code and runs none);
 * (d) modules/ and lib/ import nothing from workflows/;
 * (e) workflows/ import nothing from api/ (changes know no route);
 * (f) workflows/ and api/ make no plain Error: a MedusaError carries the type
 *     api/error-handler.ts turns into a status a caller can act on.
 */
type Rule = "a" | "b" | "c" | "d" | "e" | "f"
type Violation = { rule: Rule; file: string; target: string }
type SourceFile = { path: string; text: string }

const SRC = __dirname
const SELF = path.basename(__filename)
const RUN_WORKFLOWS = ["workflows", "api", "subscribers", "jobs", "scripts", "migration-scripts", "admin"]
const CORE_FLOWS = "@medusajs/medusa/core-flows"

// Static imports and re-exports (`from "x"`), side-effect and dynamic imports, require.
const SPECIFIER = /\bfrom\s*["']([^"'\n]+)["']|\bimport\s*\(?\s*["']([^"'\n]+)["']|\brequire\(\s*["']([^"'\n]+)["']/g
// `import a, { b as c, type D } from "x"`: the default and the named bindings.
const IMPORT_CLAUSE = /\bimport\s+(?!type\s)(?:([A-Za-z_$][\w$]*)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*["']([^"'\n]+)["']/g

// `new Error(` / `new TypeError(`…, not `new MedusaError(`.
const PLAIN_ERROR = /\bnew\s+(?:Type|Range)?Error\s*\(/g

/** A relative specifier as a path under backend/src ("../x" above it stays "../x"). */
const resolve = (file: string, specifier: string) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
const top = (p: string) => p.split("/")[0]

function importRule(file: string, target: string): Rule | null {
  const [layer, name] = file.split("/")
  const into = top(target)
  if (layer === "modules") {
    if (target.startsWith(`modules/${name}/`)) return null
    return into === "workflows" ? "d" : "a"
  }
  if (layer === "lib") {
    if (into === "workflows") return "d"
    return ["api", "modules", "subscribers", "jobs"].includes(into) ? "b" : null
  }
  if (layer === "workflows" && into === "api") return "e"
  return null
}

/** The local names of workflows a file imports (from workflows/ or Medusa's core flows) and calls with `.run(`. */
function workflowRuns(file: string, text: string): string[] {
  const runs: string[] = []
  for (const [, defaultName, named, specifier] of text.matchAll(IMPORT_CLAUSE)) {
    const fromWorkflows = specifier === CORE_FLOWS || (specifier.startsWith(".") && top(resolve(file, specifier)) === "workflows")
    if (!fromWorkflows) continue
    const bindings = (named ?? "")
      .split(",")
      .map((b) => b.trim())
      .filter((b) => b && !b.startsWith("type "))
      .map((b) => b.split(/\s+as\s+/))
      .map(([imported, local]) => ({ imported, local: local ?? imported }))
    if (defaultName) bindings.push({ imported: defaultName, local: defaultName })
    for (const { imported, local } of bindings) {
      if (!imported.endsWith("Workflow")) continue
      if (new RegExp(`\\b${local.replace(/\$/g, "\\$")}\\s*\\([^;]{0,300}?\\)\\s*\\.run\\s*\\(`).test(text)) runs.push(local)
    }
  }
  return runs
}

function findViolations(files: SourceFile[]): Violation[] {
  return files.flatMap(({ path: file, text }) => {
    const found: Violation[] = []
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? match[3]
      if (!specifier.startsWith(".")) continue
      const rule = importRule(file, resolve(file, specifier))
      if (rule) found.push({ rule, file, target: specifier })
    }
    if (["workflows", "api"].includes(top(file)) && !/\.test\.tsx?$|__fixtures__\//.test(file)) {
      for (const match of text.matchAll(PLAIN_ERROR)) found.push({ rule: "f", file, target: match[0] })
    }
    if (!RUN_WORKFLOWS.includes(top(file))) {
      for (const local of workflowRuns(file, text)) found.push({ rule: "c", file, target: local })
    }
    return found
  })
}

/** Every TypeScript source under backend/src, tests included. */
function readSources(dir = SRC): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : readSources(full)
    // This file's own examples would read as violations.
    if (!/\.tsx?$/.test(entry.name) || entry.name.endsWith(".d.ts") || full === path.join(SRC, SELF)) return []
    return [{ path: path.relative(SRC, full).split(path.sep).join("/"), text: readFileSync(full, "utf8") }]
  })
}

const describeViolation = (v: Violation) => `(${v.rule}) ${v.file}: ${v.target}`

describe("backend architecture (backend/src)", () => {
  const violations = findViolations(readSources())

  it("has no import or workflow run against the layering rules", () => {
    expect(violations.map(describeViolation)).toEqual([])
  })
})

describe("findViolations", () => {
  const check = (file: string, text: string) => findViolations([{ path: file, text }]).map(describeViolation)

  it("(a) a module imports nothing relative from outside its own folder", () => {
    expect(check("modules/cohort/service.ts", 'import { x } from "../../lib/rupiah"\nimport { Cohort } from "./models/cohort"')).toEqual([
      "(a) modules/cohort/service.ts: ../../lib/rupiah",
    ])
    expect(check("modules/cohort/models/cohort.ts", 'import { y } from "../../ledger/models/entry"')).toEqual([
      "(a) modules/cohort/models/cohort.ts: ../../ledger/models/entry",
    ])
    expect(check("modules/cohort/index.ts", 'import { Module } from "@medusajs/framework/utils"\nimport S from "./service"')).toEqual([])
  })

  it("(b) lib imports no layer above it", () => {
    expect(check("lib/rupiah.ts", 'import { a } from "../api/error-handler"')).toEqual(["(b) lib/rupiah.ts: ../api/error-handler"])
    expect(check("lib/x/y.ts", 'export { b } from "../../subscribers/z"')).toEqual(["(b) lib/x/y.ts: ../../subscribers/z"])
    expect(check("lib/x/y.ts", 'import type { C } from "../../modules/cohort"')).toEqual(["(b) lib/x/y.ts: ../../modules/cohort"])
    expect(check("lib/x/y.ts", 'import { d } from "../rupiah"')).toEqual([])
  })

  it("(c) only workflows, api, subscribers, jobs and scripts run a workflow", () => {
    const runs = 'import { updateStoresWorkflow as update } from "@medusajs/medusa/core-flows"\nawait update(container).run({ input })'
    expect(check("lib/store.ts", runs)).toEqual(["(c) lib/store.ts: update"])
    expect(check("links/x.ts", 'import { fooWorkflow } from "../workflows/foo"\nfooWorkflow(\n  scope\n).run({})')).toEqual([
      "(c) links/x.ts: fooWorkflow",
    ])
    for (const allowed of ["api/store/x/route.ts", "subscribers/x.ts", "jobs/x.ts", "scripts/x.ts", "workflows/a/b.ts", "admin/x.tsx"]) {
      expect(check(allowed, runs), allowed).toEqual([])
    }
    // Importing a workflow without running it (a step, a type) is no run.
    expect(check("lib/x.ts", 'import { useQueryGraphStep } from "@medusajs/medusa/core-flows"\nuseQueryGraphStep({}).run')).toEqual([])
  })

  it("(d) modules and lib import nothing from workflows", () => {
    expect(check("lib/x.ts", 'import type { T } from "../workflows/a/types"')).toEqual(["(d) lib/x.ts: ../workflows/a/types"])
    expect(check("modules/m/service.ts", 'import { s } from "../../workflows/a/steps/s"')).toEqual([
      "(d) modules/m/service.ts: ../../workflows/a/steps/s",
    ])
  })

  it("(f) workflows and routes make no plain Error", () => {
    expect(check("workflows/a/steps/s.ts", 'throw new Error("no rule")')).toEqual(['(f) workflows/a/steps/s.ts: new Error('])
    expect(check("api/store/x/route.ts", "reject(new TypeError(m))")).toEqual(["(f) api/store/x/route.ts: new TypeError("])
    expect(check("workflows/a/b.ts", 'throw new MedusaError(MedusaError.Types.NOT_FOUND, "no rule")')).toEqual([])
    expect(check("workflows/a/b.test.ts", 'throw new Error("in a test")')).toEqual([])
    expect(check("modules/m/plan.ts", 'throw new Error("an invariant")')).toEqual([])
  })

  it("(e) workflows import no route code", () => {
    expect(check("workflows/a/b.ts", 'import { refusal } from "../../api/error-handler"')).toEqual(["(e) workflows/a/b.ts: ../../api/error-handler"])
  })
})
