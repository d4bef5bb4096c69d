import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Pick<Prisma.TransactionClient, "storedFile">;

/**
 * Where the bytes of documents live, apart from their description. PostgreSQL today: every
 * app server sees the same files, a backup holds them, and a write commits or rolls back
 * with the document row (pass the transaction client). An object store (S3 and the like)
 * can implement the same three calls later; rows name their bytes only by `key`.
 */
export type DocumentStorage = {
  put(db: Client, key: string, bytes: Uint8Array): Promise<void>;
  get(db: Client, key: string): Promise<Uint8Array | null>;
  remove(db: Client, key: string): Promise<void>;
};

export const postgresDocumentStorage: DocumentStorage = {
  async put(db, key, bytes) {
    await db.storedFile.create({ data: { key, bytes: new Uint8Array(bytes) } });
  },
  async get(db, key) {
    const row = await db.storedFile.findUnique({ where: { key }, select: { bytes: true } });
    return row ? new Uint8Array(row.bytes) : null;
  },
  async remove(db, key) {
    await db.storedFile.deleteMany({ where: { key } });
  },
};

/** The storage the app uses. */
export const documentStorage: DocumentStorage = postgresDocumentStorage;
