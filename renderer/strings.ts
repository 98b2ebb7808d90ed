// Every piece of text the windows show, in one place so it can be translated.
// Validation details from shared/ ("expected HH:MM (00:00–23:59), got …") are appended to these as they are.

export const strings = {
  appName: 'Eventide',
  loading: 'Loading…',
  errors: {
    noBridge: 'Eventide cannot reach its main process. Please restart the app.',
    loadFailed: (detail: string) => `Could not load tonight's plan: ${detail}`,
    actionFailed: (detail: string) => `That did not go through: ${detail}`,
    saveFailed: (detail: string) => `Nothing was saved: ${detail}`,
    fixFirst: (count: number) =>
      count === 1
        ? 'One field needs attention before saving. Nothing was saved.'
        : `${count} fields need attention before saving. Nothing was saved.`,
  },
  nav: {
    openSettings: 'Open settings',
    backToTonight: 'Back to tonight',
  },
  checklist: {
    docTitle: 'Tonight – Eventide',
    heading: 'Tonight',
    headingClosed: 'Last night',
    nightOf: (night: string) => `Evening of ${night}`,
    stepsHeading: 'Steps',
    stepsLabel: "Tonight's steps",
    noSteps: 'No steps are switched on. You can choose some in settings.',
    progressLabel: 'Steps done',
    progress: (done: number, total: number) => `${done} of ${total} done`,
    allDone: 'All done. Sleep well.',
    next: (title: string, time: string) => `Next: ${title} at ${time}`,
    paused: 'Paused for tonight. No reminders will be shown until you resume.',
    pause: 'Pause tonight',
    resume: 'Resume',
    setupNeeded: 'Eventide is not set up yet.',
    startSetup: 'Set up your evening',
    notificationsOff: 'Reminders are switched off in settings.',
    noticesLabel: 'Messages',
    nowLabel: 'Now',
    navSmall: 'Other windows',
  },
  bedtime: {
    heading: 'Bedtime',
    tonight: (clock: string) => `Bedtime tonight: ${clock}`,
    usual: (clock: string) => `Usual bedtime: ${clock}`,
    tonightOnly: 'Changed for tonight only.',
    adjustLabel: 'Adjust tonight only',
    earlier30: 'Earlier 30 min',
    later30: 'Later 30 min',
    later60: 'Later 60 min',
    backToUsual: 'Back to usual',
  },
  step: {
    states: {
      upcoming: 'Upcoming',
      due: 'Due now',
      done: 'Done',
      skipped: 'Skipped',
      missed: 'Missed',
      snoozed: 'Snoozed',
      'in-effect': 'In effect',
    },
    notedAt: (time: string) => `Noted at ${time}`,
    acknowledge: 'Got it',
    finished: (count: number) => (count === 1 ? '1 finished step' : `${count} finished steps`),
    doneAt: (time: string) => `Done at ${time}`,
    skippedAt: (time: string) => `Skipped at ${time}`,
    snoozedUntil: (time: string) => `Snoozed until ${time}`,
    window: (from: string, to: string) => `${from}–${to}`,
    why: 'Why this helps',
    done: 'Done',
    skip: 'Skip',
    snooze: 'Snooze',
    undo: 'Undo',
    // Read after the visible button text so each button is unique for a screen reader.
    forStep: (title: string) => `: ${title}`,
  },
  settings: {
    docTitle: 'Settings – Eventide',
    heading: 'Settings',
    save: 'Save settings',
    saved: 'Saved.',
    saving: 'Saving…',
    unsaved: 'You have unsaved changes.',
    problemsHeading: 'Please check these',
    timeHint: 'HH:MM, 24-hour, for example 22:30',
    bedtimeHeading: 'Bedtime',
    everyday: 'Everyday bedtime',
    weekdaysLegend: 'Different bedtime on some days (optional)',
    weekdaysHint: 'Leave a day empty to use the everyday bedtime.',
    weekdays: {
      mon: 'Monday',
      tue: 'Tuesday',
      wed: 'Wednesday',
      thu: 'Thursday',
      fri: 'Friday',
      sat: 'Saturday',
      sun: 'Sunday',
    },
    stepsHeading: 'Steps',
    stepsIntro: 'Switch steps on or off and choose when each one comes.',
    stepEnabled: (title: string) => `Include “${title}”`,
    minutesBefore: 'Minutes before bedtime',
    minutesBeforeHint: (max: number) => `0 to ${max}`,
    clockTime: 'Time',
    untilTime: 'Until (optional)',
    anchor: 'When',
    anchorBedtime: 'Before bedtime',
    anchorClock: 'At a clock time',
    title: 'Title',
    instruction: 'What to do (optional)',
    customStep: 'Your own step',
    untitled: 'Untitled step',
    deleteStep: (title: string) => `Delete “${title}”`,
    removeStep: (title: string) => `Remove “${title}”`,
    addCustom: 'Add your own step',
    libraryLegend: 'More steps you can add',
    libraryEmpty: 'All library steps are already in your evening.',
    addFromLibrary: (title: string) => `Add “${title}”`,
    notificationsHeading: 'Reminders',
    notificationsEnabled: 'Show reminders',
    sound: 'Play a sound',
    headsUp: 'Heads-up before a step (minutes)',
    snooze: 'Snooze length (minutes)',
    grace: 'Late reminder window after sleep (minutes)',
    rangeHint: (min: number, max: number) => `${min} to ${max}`,
    generalHeading: 'General',
    launchAtLogin: 'Start Eventide when I log in',
    updateChecks: 'Check for updates',
    updateChecksHint:
      'Off by default. When on, Eventide asks its release server about once every 6 hours whether a newer version exists, downloads it and installs it when you quit. The server sees your IP address and which operating system you use; nothing about your evenings, check-ins or settings.',
    themeLegend: 'Appearance',
    themes: { system: 'Same as my system', light: 'Light', dark: 'Dark' },
    aboutHeading: 'About',
    version: (version: string) => `Version ${version}`,
    logPath: 'Log file',
    dataPath: 'Data folder',
    storage: {
      encrypted: 'Your data is encrypted on this computer, with a key kept in the system keychain.',
      plain:
        'Your data is stored unencrypted: this computer offers Eventide no keychain (such as GNOME Keyring ' +
        'or KWallet) to keep a key in.',
      locked:
        'Your data is encrypted, but the system keychain that holds its key is not available right now. ' +
        'Changes are kept only until Eventide quits.',
    },
    offsetProblem: (max: number, got: string) =>
      `expected a whole number of minutes from 0 to ${max}, got ${JSON.stringify(got)}`,
  },
  firstRun: {
    docTitle: 'Welcome – Eventide',
    heading: 'Welcome to Eventide',
    intro:
      'Eventide walks you through a calm evening routine for restless legs, timed from your bedtime. ' +
      'It reminds you of each step and keeps a simple checklist for tonight.',
    disclaimerHeading: 'Before you start',
    bedtimeHeading: 'Your bedtime',
    bedtimeLabel: 'Usual bedtime',
    stepsHeading: 'Your evening',
    coreLegend: 'Suggested steps',
    libraryLegend: 'Optional extras',
    start: 'Start my evening',
    starting: 'Saving…',
    changeLater: 'You can change all of this later in settings.',
  },
  timing: {
    beforeBed: (minutes: number) =>
      minutes === 0
        ? 'at bedtime'
        : minutes % 60 === 0
          ? `${minutes / 60} h before bed`
          : minutes > 60
            ? `${Math.floor(minutes / 60)} h ${minutes % 60} min before bed`
            : `${minutes} min before bed`,
    atClock: (time: string) => `at ${time}`,
  },
}

/** Shared validation messages start lower-case; shown on their own they read better capitalised. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
