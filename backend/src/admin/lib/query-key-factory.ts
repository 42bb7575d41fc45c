/**
 * Query keys per resource, shaped as Medusa's dashboard shapes its own
 * ([resource, "list", {query}] and [resource, "detail", id, {query}]), so a
 * mutation invalidates a resource's lists or one record by prefix. Our pages
 * share the dashboard's QueryClient, hence resource names the dashboard never uses.
 */
export type QueryKeys<TKey extends string> = {
  all: readonly [TKey]
  lists: () => readonly [TKey, "list"]
  list: (query?: Record<string, unknown>) => readonly [TKey, "list", { query: Record<string, unknown> | undefined }]
  details: () => readonly [TKey, "detail"]
  detail: (id: string, query?: Record<string, unknown>) => readonly [TKey, "detail", string, { query: Record<string, unknown> | undefined }]
}

export const queryKeysFactory = <TKey extends string>(resource: TKey): QueryKeys<TKey> => ({
  all: [resource],
  lists: () => [resource, "list"],
  list: (query) => [resource, "list", { query }],
  details: () => [resource, "detail"],
  detail: (id, query) => [resource, "detail", id, { query }],
})
