import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { chunkModules } from './chunk-modules.ts'
import { lazyCatalogues } from './lazy-catalogues.ts'

const root = resolve(import.meta.dirname, '..')

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rollupOptions: { input: { index: resolve(root, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload must be CommonJS.
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    // English in the first chunk, German and Spanish as their own, all pre-parsed (build/lazy-catalogues.ts).
    plugins: [react(), lazyCatalogues(), chunkModules()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      // Lets the bench count the bytes each window really loads.
      manifest: true,
      sourcemap: false,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
})
