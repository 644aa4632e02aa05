// The web UI build: ui/ → dist/ui, served by `incidex serve`.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL("./ui", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: { outDir: fileURLToPath(new URL("./dist/ui", import.meta.url)), emptyOutDir: true, sourcemap: false, target: "es2022" },
});
