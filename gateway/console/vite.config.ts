import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The operations console, built once (at `pnpm install`) into static files the gateway serves at /console.
// Preact's JSX through esbuild's automatic runtime: no Babel, no framework plugin.
export default defineConfig({
  root: path.dirname(fileURLToPath(import.meta.url)),
  base: '/console/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 300 },
  logLevel: 'warn',
});
