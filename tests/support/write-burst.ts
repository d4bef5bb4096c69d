// A stand-in for the app under load: writes rows as fast as it can over a pool of 4
// connections and prints each id on its own line once PostgreSQL has acknowledged the
// commit. The durability test kills it (and the database) with SIGKILL mid-burst.
import pg from "pg";

async function main() {
  const pool = new pg.Pool({ connectionString: process.argv[2], max: 4 });
  await pool.query("CREATE TABLE IF NOT EXISTS burst (id integer PRIMARY KEY, payload text NOT NULL)");
  process.stdout.write("ready\n");
  let next = 0;
  const writer = async () => {
    for (;;) {
      const id = (next += 1);
      await pool.query("INSERT INTO burst (id, payload) VALUES ($1, repeat('x', 200))", [id]);
      process.stdout.write(`${id}\n`);
    }
  };
  await Promise.all([writer(), writer(), writer(), writer()]);
}

void main();
