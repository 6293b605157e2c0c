import DataLoader from 'dataloader';

/**
 * A per-request batch loader, defined once by the feature that owns the data:
 *   const regionByCode = defineLoader<string, RegionRow>('regionByCode', (ctx, codes) => …)
 * and used from any resolver as `ctx.loaders.load(ctx, regionByCode, code)`, so a page of 100 people
 * asks for their villages in one query instead of 100.
 */
export interface LoaderDefinition<Ctx, K, V> {
  name: string;
  /** Rows for the given keys, in any order; `keyOf` matches them back. */
  fetch(ctx: Ctx, keys: readonly K[]): Promise<V[]>;
  keyOf(row: V): K;
}

export function defineLoader<K, V, Ctx = unknown>(
  name: string,
  fetch: (ctx: Ctx, keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): LoaderDefinition<Ctx, K, V> {
  return { name, fetch, keyOf };
}

/** Groups rows by key: for one-to-many loads (a person's category periods). */
export interface GroupLoaderDefinition<Ctx, K, V> extends LoaderDefinition<Ctx, K, V> {
  many: true;
}

export function defineGroupLoader<K, V, Ctx = unknown>(
  name: string,
  fetch: (ctx: Ctx, keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): GroupLoaderDefinition<Ctx, K, V> {
  return { name, fetch, keyOf, many: true };
}

export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  load<Ctx, K, V>(ctx: Ctx, definition: LoaderDefinition<Ctx, K, V>, key: K): Promise<V | undefined> {
    return this.loader(ctx, definition, false).load(key) as Promise<V | undefined>;
  }

  loadMany<Ctx, K, V>(ctx: Ctx, definition: GroupLoaderDefinition<Ctx, K, V>, key: K): Promise<V[]> {
    return this.loader(ctx, definition, true).load(key) as Promise<V[]>;
  }

  private loader<Ctx, K, V>(ctx: Ctx, definition: LoaderDefinition<Ctx, K, V>, many: boolean) {
    let loader = this.loaders.get(definition.name);
    if (!loader) {
      loader = new DataLoader<unknown, unknown>(async (keys) => {
        const rows = await definition.fetch(ctx, keys as readonly K[]);
        const byKey = new Map<unknown, V[]>();
        for (const row of rows) {
          const key = definition.keyOf(row);
          const list = byKey.get(key);
          if (list) list.push(row);
          else byKey.set(key, [row]);
        }
        return keys.map((key) => (many ? (byKey.get(key) ?? []) : byKey.get(key)?.[0]));
      });
      this.loaders.set(definition.name, loader);
    }
    return loader;
  }
}
