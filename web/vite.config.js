import { defineConfig } from "vite";

// The page is served by `entente serve` from web/dist; during `npm run dev`
// API calls are proxied to a server on the default port.
export default defineConfig({
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { "/api": "http://127.0.0.1:8080", "/healthz": "http://127.0.0.1:8080" } },
});
