import { readFile } from "node:fs/promises";
import path from "node:path";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { serverConfig } from "@/lib/config/server-config";
import { logger } from "@/lib/log/logger";

type Bindings = typeof bindings & { __wbg_set_wasm(exports: WebAssembly.Exports): void };

// The engine reports a Rust panic's message through this global before it throws.
const panics = { message: "", set_message(message: string) { this.message = message; if (serverConfig().debugSchemaEngine) logger.error({ panic: message }, "schema engine panic"); } };
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panics }).PRISMA_WASM_PANIC_REGISTRY = panics;

/** The message of the engine's last panic, if any. */
export function lastSchemaEnginePanic(): string {
  return panics.message;
}

let loaded: Promise<typeof bindings.SchemaEngine> | undefined;

/**
 * Loads Prisma's WebAssembly schema engine. The package is built for bundlers (it
 * imports the .wasm file as a module), which Node cannot do, so we instantiate the
 * module ourselves and hand its exports to the JavaScript glue, as a bundler would.
 */
export function loadSchemaEngine(): Promise<typeof bindings.SchemaEngine> {
  loaded ??= (async () => {
    const glue = bindings as Bindings;
    // The .wasm file is not in the package's exports map: find it beside the entry point.
    const entryPoint = require.resolve("@prisma/schema-engine-wasm");
    const wasmPath = path.join(path.dirname(entryPoint), "schema_engine_bg.wasm");
    const compiled = await WebAssembly.compile(await readFile(wasmPath));
    const instance = await WebAssembly.instantiate(compiled, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine;
  })();
  return loaded;
}
