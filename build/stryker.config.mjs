// Mutation testing (npm run mutation): Stryker changes small things in the code below and checks that some
// test fails for each change. Not part of `npm test` or CI: a full run takes about an hour on 2 cores.
// Run one file: npm run mutation -- --mutate shared/schedule.ts   (README, Testing, says how to read it).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {
    // Only the shared and electron projects: the mutated code lives there (see the config's comment).
    configFile: 'build/vitest.mutation.config.ts',
    // `vitest related` misses tests that reach a file through the store or the scheduler: run them all,
    // and let per-test coverage pick the ones that matter for each mutant.
    related: false,
    // The pool `npm test` uses; some electron tests rely on a process of their own.
    pool: 'forks',
  },
  coverageAnalysis: 'perTest',
  // TypeScript 7 has no JavaScript API, so neither the TypeScript checker nor the tsconfig rewrite can run.
  // Naming a file that does not exist turns the rewrite off; our tsconfigs point only inside the sandbox.
  checkers: [],
  tsconfigFile: 'build/no-tsconfig-rewrite.json',
  // Reruns test only mutants whose code or covering tests changed. Kept (not committed) under a known path.
  incremental: true,
  incrementalFile: 'test-output/mutation/stryker-incremental.json',
  tempDirName: 'test-output/stryker-tmp',
  cleanTempDir: true,
  // The machine is shared: one test process at a time.
  concurrency: 1,
  timeoutMS: 10_000,
  // The dry run instruments every file and runs the whole shared and electron suites once: on a busy
  // 2-core machine that can exceed Stryker's default of 5 minutes.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-output/mutation/index.html' },
  jsonReporter: { fileName: 'test-output/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  ignorePatterns: ['dist', 'out', 'test-output', 'test/e2e', 'test/bench', 'bench-results.json'],
  // shared/ whole, and the main-process services that hold logic. Left out as glue: main, tray, windows,
  // preload, the notifier back ends and D-Bus, logging set-up, updater, login item, print, app protocol.
  mutate: [
    'shared/**/*.ts',
    // The language catalogues are words people read, not logic: test/shared/i18n.test.ts checks their keys and
    // placeholders, the catalogue scans check that text lives there, and the renderer tests (not in this run)
    // read them. Mutating them would only count sentences no logic test should pin word for word.
    '!shared/i18n/{en,de,es}.ts',
    '!shared/i18n/{main,clinical}-{en,de,es}.ts',
    'electron/evening.ts',
    'electron/scheduler.ts',
    'electron/scheduler-outcome.ts',
    'electron/notified-log.ts',
    'electron/check-in-reminder.ts',
    'electron/journal.ts',
    'electron/journal-services.ts',
    'electron/data-transfer.ts',
    'electron/calendar-transfer.ts',
    'electron/handlers.ts',
    'electron/ipc.ts',
    'electron/tray-menu.ts',
    'electron/tray-refresh.ts',
    'electron/window-places.ts',
    'electron/log-redaction.ts',
    'electron/window-security.ts',
    'electron/store.ts',
    'electron/store-nights.ts',
    'electron/store-migrations.ts',
    'electron/store-recovery.ts',
    'electron/store-files.ts',
    'electron/store-document.ts',
    'electron/store-crypto.ts',
    'electron/store-years.ts',
    'electron/store-journal.ts',
    'electron/store-history-index.ts',
  ],
}
