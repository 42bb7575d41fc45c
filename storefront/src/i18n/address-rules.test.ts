import type { IncomingMessage } from "node:http"
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match"
import { matchHas, prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination"
import { describe, expect, it } from "vitest"
import { config } from "../proxy"
import { viewPathname } from "../lib/util/catalog-view"
import { CATALOG_PAGES, catalogAddress, catalogRewrites } from "./address-rules"
import { routing, type AppPathname } from "./routing"

const rewrites = catalogRewrites()
const matcher = (source: string) => getPathMatch(source, { strict: true, removeUnnamedParams: true })

/**
 * The internal route Next's router gives an address, using its own matcher
 * functions: the first afterFiles rewrite that matches (each names a page, so
 * Next stops there), else the address itself.
 */
function route(address: string): string {
  const url = new URL(address, "http://shop.test")
  const query = Object.fromEntries(url.searchParams)
  for (const rule of rewrites) {
    const params = matcher(rule.source)(url.pathname)
    if (!params) continue
    const has = rule.has ? matchHas({ headers: {} } as IncomingMessage, query, rule.has) : {}
    if (!has) continue
    return prepareDestination({ destination: rule.destination, params: { ...params, ...has }, query, appendParamsToQuery: true }).parsedDestination.pathname!
  }
  return url.pathname
}

// Does the proxy run for a page visit (no server action) at this address?
const [pagesMatcher, actionsMatcher] = config.matcher as [string, { source: string }]
const proxyRunsFor = (pathname: string) => Boolean(matcher(pagesMatcher)(pathname))
const withHandle = (address: string) => address.replace(/:\w+/g, "sample-handle")

describe("catalog addresses", () => {
  it("render each language's address of a catalog page from its internal route", () => {
    expect(route("/")).toBe("/id")
    expect(route("/en")).toBe("/en")
    expect(route("/produk/keripik")).toBe("/id/products/keripik")
    expect(route("/en/products/keripik")).toBe("/en/products/keripik")
    expect(route("/kategori/kerajinan")).toBe("/id/categories/kerajinan")
    expect(route("/kohort/lapas-perempuan")).toBe("/id/cohorts/lapas-perempuan")
    expect(route("/dampak")).toBe("/id/impact")
    expect(route("/en/impact")).toBe("/en/impact")
  })

  it("fold view params into the same segment the proxy gives a server action", () => {
    for (const [address, internal] of [
      ["/produk/keripik?variant=variant_01AB&image=2", "/id/products/keripik"],
      ["/en/products/keripik?image=2&variant=variant_01AB&utm_source=x", "/en/products/keripik"],
      ["/produk/keripik?variant=v1", "/id/products/keripik"],
      ["/produk/keripik?variant=%3Cscript%3E&image=1", "/id/products/keripik"],
      [`/produk/keripik?variant=${"v".repeat(65)}`, "/id/products/keripik"],
      ["/produk/keripik?utm_source=x", "/id/products/keripik"],
      ["/kategori/kerajinan?sort=title-asc&page=2", "/id/categories/kerajinan"],
      ["/en/categories/kerajinan?page=3", "/en/categories/kerajinan"],
      ["/kohort/x?page=2", "/id/cohorts/x"],
    ] as const) {
      const search = new URL(address, "http://shop.test").searchParams
      expect(route(address), address).toBe(viewPathname(internal, search) ?? internal)
    }
    expect(route("/produk/keripik?variant=v1&image=2")).toBe("/id/products/keripik/image~2~variant~v1")
  })

  it("leave every other address to the proxy", () => {
    expect(route("/keranjang")).toBe("/keranjang")
    expect(route("/en/produk/keripik")).toBe("/en/produk/keripik")
    expect(route("/produk/keripik/lagi?image=1")).toBe("/produk/keripik/lagi")
  })
})

describe("the proxy's matcher", () => {
  it("skips exactly each language's own address of a catalog page", () => {
    for (const locale of routing.locales) {
      for (const internal of CATALOG_PAGES) expect(proxyRunsFor(withHandle(catalogAddress(internal, locale))), `${locale} ${internal}`).toBe(false)
    }
  })

  it("runs for every other page, in either language, and for addresses to correct", () => {
    const others = (Object.keys(routing.pathnames) as AppPathname[]).filter((p) => !(CATALOG_PAGES as readonly string[]).includes(p))
    for (const locale of routing.locales) {
      for (const internal of others) expect(proxyRunsFor(withHandle(catalogAddress(internal, locale))), `${locale} ${internal}`).toBe(true)
    }
    for (const address of ["/id", "/id/produk/x", "/en/produk/x", "/products/x", "/en/kohort/x", "/produk/x/lagi", "/tidak-ada", "/en/nothing"]) {
      expect(proxyRunsFor(address), address).toBe(true)
    }
  })

  it("skips the API, Next's files and files with an extension, and takes every server action", () => {
    for (const address of ["/api/revalidate", "/_next/static/chunks/a.js", "/icon.svg"]) expect(proxyRunsFor(address), address).toBe(false)
    expect(actionsMatcher).toMatchObject({ has: [{ type: "header", key: "next-action" }] })
    for (const address of ["/", "/produk/x", "/en/products/x", "/akun/alamat"]) expect(Boolean(matcher(actionsMatcher.source)(address)), address).toBe(true)
  })
})
