// The checklist's, settings' and first run's text, read from the shared catalogue (shared/i18n) in the current
// language. The shape (names, function signatures) is the views' contract; the words live in the catalogue.
import { formatDate, t } from '../shared/i18n/index.ts'
import { fromCatalogue } from './i18n.ts'

export const strings = fromCatalogue(
  { appName: 'app.name', loading: 'app.loading' },
  {
    errors: fromCatalogue(
      { noBridge: 'errors.noBridge' },
      {
        loadFailed: (detail: string) => t('errors.loadFailed', { detail }),
        actionFailed: (detail: string) => t('errors.actionFailed', { detail }),
        saveFailed: (detail: string) => t('errors.saveFailed', { detail }),
        fixFirst: (count: number) => t('errors.fixFirst', { count }),
      },
    ),
    nav: fromCatalogue({ openSettings: 'nav.openSettings', backToTonight: 'nav.backToTonight' }),
    checklist: fromCatalogue(
      {
        docTitle: 'checklist.docTitle',
        heading: 'checklist.heading',
        headingClosed: 'checklist.headingClosed',
        stepsHeading: 'checklist.stepsHeading',
        stepsLabel: 'checklist.stepsLabel',
        noSteps: 'checklist.noSteps',
        progressLabel: 'checklist.progressLabel',
        allDone: 'checklist.allDone',
        paused: 'checklist.paused',
        pause: 'checklist.pause',
        resume: 'checklist.resume',
        setupNeeded: 'checklist.setupNeeded',
        startSetup: 'checklist.startSetup',
        notificationsOff: 'checklist.notificationsOff',
        noticesLabel: 'checklist.noticesLabel',
        nowLabel: 'checklist.nowLabel',
        navSmall: 'checklist.navSmall',
      },
      {
        nightOf: (night: string) => t('checklist.nightOf', { night: formatDate(night) }),
        progress: (done: number, total: number) => t('checklist.progress', { done, total }),
        next: (title: string, time: string) => t('checklist.next', { title, time }),
      },
    ),
    bedtime: fromCatalogue(
      {
        heading: 'bedtime.heading',
        tonightOnly: 'bedtime.tonightOnly',
        adjustLabel: 'bedtime.adjustLabel',
        earlier30: 'bedtime.earlier30',
        later30: 'bedtime.later30',
        later60: 'bedtime.later60',
        backToUsual: 'bedtime.backToUsual',
      },
      {
        tonight: (clock: string) => t('bedtime.tonight', { clock }),
        usual: (clock: string) => t('bedtime.usual', { clock }),
      },
    ),
    step: fromCatalogue(
      {
        acknowledge: 'step.acknowledge',
        why: 'step.why',
        done: 'step.done',
        skip: 'step.skip',
        snooze: 'step.snooze',
        undo: 'step.undo',
      },
      {
        states: fromCatalogue({
          upcoming: 'step.state.upcoming',
          due: 'step.state.due',
          done: 'step.state.done',
          skipped: 'step.state.skipped',
          missed: 'step.state.missed',
          snoozed: 'step.state.snoozed',
          'in-effect': 'step.state.inEffect',
        }),
        notedAt: (time: string) => t('step.notedAt', { time }),
        finished: (count: number) => t('step.finished', { count }),
        doneAt: (time: string) => t('step.doneAt', { time }),
        skippedAt: (time: string) => t('step.skippedAt', { time }),
        snoozedUntil: (time: string) => t('step.snoozedUntil', { time }),
        window: (from: string, to: string) => t('step.window', { from, to }),
        // Read after the visible button text so each button is unique for a screen reader.
        forStep: (title: string) => t('step.forStep', { title }),
      },
    ),
    settings: fromCatalogue(
      {
        docTitle: 'settings.docTitle',
        heading: 'settings.heading',
        save: 'settings.save',
        saved: 'settings.saved',
        saving: 'settings.saving',
        unsaved: 'settings.unsaved',
        problemsHeading: 'settings.problemsHeading',
        timeHint: 'settings.timeHint',
        bedtimeHeading: 'settings.bedtimeHeading',
        everyday: 'settings.everyday',
        weekdaysLegend: 'settings.weekdaysLegend',
        weekdaysHint: 'settings.weekdaysHint',
        stepsHeading: 'settings.stepsHeading',
        stepsIntro: 'settings.stepsIntro',
        minutesBefore: 'settings.minutesBefore',
        clockTime: 'settings.clockTime',
        untilTime: 'settings.untilTime',
        anchor: 'settings.anchor',
        anchorBedtime: 'settings.anchorBedtime',
        anchorClock: 'settings.anchorClock',
        title: 'settings.title',
        instruction: 'settings.instruction',
        customStep: 'settings.customStep',
        untitled: 'settings.untitled',
        addCustom: 'settings.addCustom',
        libraryLegend: 'settings.libraryLegend',
        libraryEmpty: 'settings.libraryEmpty',
        notificationsHeading: 'settings.notificationsHeading',
        notificationsEnabled: 'settings.notificationsEnabled',
        sound: 'settings.sound',
        headsUp: 'settings.headsUp',
        snooze: 'settings.snooze',
        grace: 'settings.grace',
        escalation: 'settings.escalation',
        escalationOff: 'settings.escalationOff',
        escalationAfter: 'settings.escalationAfter',
        escalationHint: 'settings.escalationHint',
        generalHeading: 'settings.generalHeading',
        launchAtLogin: 'settings.launchAtLogin',
        updateChecks: 'settings.updateChecks',
        updateChecksHint: 'settings.updateChecksHint',
        themeLegend: 'settings.themeLegend',
        languageLegend: 'settings.languageLegend',
        clockLegend: 'settings.clockLegend',
        aboutHeading: 'settings.aboutHeading',
        logPath: 'settings.logPath',
        dataPath: 'settings.dataPath',
      },
      {
        weekdays: fromCatalogue({
          mon: 'settings.weekday.mon',
          tue: 'settings.weekday.tue',
          wed: 'settings.weekday.wed',
          thu: 'settings.weekday.thu',
          fri: 'settings.weekday.fri',
          sat: 'settings.weekday.sat',
          sun: 'settings.weekday.sun',
        }),
        themes: fromCatalogue({
          system: 'settings.theme.system',
          light: 'settings.theme.light',
          dark: 'settings.theme.dark',
        }),
        languages: fromCatalogue({
          system: 'settings.language.system',
          en: 'settings.language.en',
          de: 'settings.language.de',
          es: 'settings.language.es',
        }),
        clocks: fromCatalogue({
          system: 'settings.clock.system',
          '24h': 'settings.clock.24h',
          '12h': 'settings.clock.12h',
        }),
        storage: fromCatalogue({
          encrypted: 'settings.storage.encrypted',
          plain: 'settings.storage.plain',
          locked: 'settings.storage.locked',
        }),
        stepEnabled: (title: string) => t('settings.stepEnabled', { title }),
        minutesBeforeHint: (max: number) => t('settings.minutesBeforeHint', { max }),
        clockPreview: (minutes: number, time: string) =>
          minutes === 0
            ? t('settings.clockPreviewAtBed', { time })
            : t('settings.clockPreview', { minutes, time }),
        deleteStep: (title: string) => t('settings.deleteStep', { title }),
        removeStep: (title: string) => t('settings.removeStep', { title }),
        addFromLibrary: (title: string) => t('settings.addFromLibrary', { title }),
        rangeHint: (min: number, max: number) => t('settings.rangeHint', { min, max }),
        version: (version: string) => t('settings.version', { version }),
        offsetProblem: (max: number, _got: string) => t('validation.minutesBefore', { max }),
      },
    ),
    firstRun: fromCatalogue({
      docTitle: 'firstRun.docTitle',
      heading: 'firstRun.heading',
      intro: 'firstRun.intro',
      disclaimerHeading: 'firstRun.disclaimerHeading',
      bedtimeHeading: 'firstRun.bedtimeHeading',
      bedtimeLabel: 'firstRun.bedtimeLabel',
      stepsHeading: 'firstRun.stepsHeading',
      coreLegend: 'firstRun.coreLegend',
      libraryLegend: 'firstRun.libraryLegend',
      start: 'firstRun.start',
      starting: 'firstRun.starting',
      changeLater: 'firstRun.changeLater',
    }),
    timing: {
      beforeBed: (minutes: number) =>
        minutes === 0
          ? t('timing.atBedtime')
          : minutes % 60 === 0
            ? t('timing.hoursBefore', { hours: minutes / 60 })
            : minutes > 60
              ? t('timing.hoursMinutesBefore', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
              : t('timing.minutesBefore', { minutes }),
      atClock: (time: string) => t('timing.atClock', { time }),
    },
  },
)

/** Shared validation messages start lower-case; shown on their own they read better capitalised. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
