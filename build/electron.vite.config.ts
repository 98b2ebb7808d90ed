import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { chunkModules } from './chunk-modules.ts'
import { lazyCatalogues } from './lazy-catalogues.ts'

const root = resolve(import.meta.dirname, '..')

/**
 * The small modules the lazy views share (History loads all of them) as one chunk instead of nine: each
 * chunk is a request and a module to evaluate before the view can render. Only modules the checklist's
 * entry never imports belong here, or the checklist would load the group too; their dependencies stay where
 * they are. Chart.tsx stays apart: it lazily imports uPlot, which only the views that draw charts load.
 */
const VIEW_COMMON = {
  name: 'view-common',
  includeDependenciesRecursively: false,
  test: /[\\/]renderer[\\/](components[\\/](DoctorBadge|FailureAlert|PageHeader|Field|LoadStatus)\.tsx|charts[\\/](summary|series-style)\.ts|strings-(diary|history|looks)\.ts|use-load\.ts)$|[\\/]shared[\\/](errors|calendar-days)\.ts$/,
}

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
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        output: { codeSplitting: { groups: [VIEW_COMMON] } },
      },
    },
  },
})
