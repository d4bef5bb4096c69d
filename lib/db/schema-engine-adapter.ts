import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { startScratchDatabase } from "./pglite-scratch";

// PostgreSQL's internal one-byte type "char" (OID 18) appears in the catalog columns the
// schema engine reads (pg_constraint.contype, pg_class.relkind...). The engine wants them
// as ColumnType Character, but Prisma's pg adapter has no mapping for OID 18 and fails.
// So the pg client reports such a column as text with a marker on its name, and the
// adapter wrapper below turns marked columns back into Character. The app's own client
// never reads "char" columns and does not go through this.
const PG_INTERNAL_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHAR_COLUMN_MARKER = "\u0000pg-char";

type QueryResultLike = { fields?: { name: string; dataTypeID: number }[] };

function markCharFields<T>(result: T): T {
  for (const field of (result as QueryResultLike).fields ?? []) {
    if (field.dataTypeID === PG_INTERNAL_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      field.name += CHAR_COLUMN_MARKER;
    }
  }
  return result;
}

class CharMarkingClient extends pg.Client {
  // pg's query() has many overloads: results come back either through a promise or, when
  // the pool calls it, through a trailing callback. Both are post-processed.
  override query(...args: unknown[]): never {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) =>
        callback(error, result === undefined ? result : markCharFields(result));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) return result.then(markCharFields) as never;
    return result as never;
  }
}

function restoreCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames.forEach((name, index) => {
      if (name.endsWith(CHAR_COLUMN_MARKER)) {
        result.columnNames[index] = name.slice(0, -CHAR_COLUMN_MARKER.length);
        result.columnTypes[index] = ColumnTypeEnum.Character;
      }
    });
    return result;
  };
  return queryable;
}

async function connectForSchemaEngine(url: string): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ connectionString: url, max: 1, Client: CharMarkingClient });
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    restoreCharColumns(await startTransaction(isolationLevel));
  return restoreCharColumns(adapter);
}

export type SchemaEngineAdapterFactory = SqlMigrationAwareDriverAdapterFactory & {
  /** Closes every connection the engine opened: freeing the engine does not. */
  disposeAll(): Promise<void>;
};

/**
 * The driver adapter factory that Prisma's WebAssembly schema engine runs on. The shadow
 * database (needed to replay the migration history when diffing) is always a throwaway
 * in-memory PGlite: it needs no CREATE DATABASE rights on a production server and leaves
 * nothing behind.
 */
export function createSchemaEngineAdapterFactory(url: string): SchemaEngineAdapterFactory {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter) => {
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!open.delete(adapter)) return; // already closed
      await dispose();
    };
    return adapter;
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => track(await connectForSchemaEngine(url)),
    async connectToShadowDb() {
      const shadow = await startScratchDatabase();
      const adapter = await connectForSchemaEngine(shadow.url);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.stop();
      };
      return track(adapter);
    },
    async disposeAll() {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}
