// English texts made by the main process and by shared/ check-in code: notifications, store notices, dialogs.
// Spread into en.ts; main-de.ts and main-es.ts are typed against these keys.

export const mainEn = {
  // Notification buttons and the morning check-in reminder
  'main.notify.done': 'Done',
  'main.notify.snooze': 'Snooze {minutes} min',
  'main.notify.open': 'Open Eventide',
  'main.checkIn.title': 'How was last night?',
  'main.checkIn.body':
    'A short check-in: your symptoms, your sleep, and anything that may have played a part.',
  'main.nudge.title': 'Still to do: {title}',

  // Check-in answers (shared/checkin.ts)
  'checkin.option.onset.none': 'No symptoms',
  'checkin.option.onset.bedtime': 'Around bedtime',
  'checkin.option.onset.evening': 'In the evening',
  'checkin.option.onset.daytime': 'During the day',
  'checkin.option.trigger.caffeineAfter14': 'Caffeine after {time}',
  'checkin.option.trigger.alcohol': 'Alcohol',
  'checkin.option.trigger.nicotine': 'Nicotine',
  'checkin.option.trigger.lateExercise': 'Late vigorous exercise',
  'checkin.option.trigger.antihistamine': 'Antihistamine or sleep aid',
  'checkin.option.body.legs': 'Legs',
  'checkin.option.body.arms': 'Arms',
  'checkin.option.body.trunk': 'Trunk (belly, back, chest)',
  'checkin.option.rest.under15': 'Under 15 minutes',
  'checkin.option.rest.15to30': '15–30 minutes',
  'checkin.option.rest.30to60': '30–60 minutes',
  'checkin.option.rest.60to120': '1–2 hours',
  'checkin.option.rest.over120': 'Over 2 hours',

  // Dialogs
  'main.quit.unsaved': 'Eventide could not save everything',
  'main.save.dialogTitle': 'Save an unencrypted copy',
  'main.save.backupFilter': 'Eventide backup',
  'main.save.failed': 'Could not save {path} ({reason})',
  'main.request.failed': 'Something went wrong',
  'main.loginItem.comment': 'Evening routine companion',

  // What each store file holds and what Eventide starts with when it cannot be read
  'main.holds.settings': 'settings',
  'main.fallback.settings': 'default settings',
  'main.holds.nights': 'night records',
  'main.fallback.nights': 'no saved nights',
  'main.holds.nightsYear': '{year} night records',
  'main.fallback.nightsYear': 'no saved nights for {year}',
  'main.holds.journal': 'check-ins, labs and medicines',
  'main.fallback.journal': 'an empty journal',
  'main.holds.journalCore': 'labs, medicines and travel nights',
  'main.fallback.journalCore': 'no labs, medicines or travel nights',
  'main.holds.checkInsYear': '{year} check-ins',
  'main.fallback.checkInsYear': 'no saved check-ins for {year}',
  'main.holds.checkInYears': 'your check-ins',
  'main.holds.nightYears': 'your night records',

  // Why a file could not be read or written
  'main.fs.denied': 'permission denied',
  'main.fs.readOnly': 'the disk is read-only',
  'main.fs.full': 'the disk is full',
  'main.fs.notDir': 'the folder path is a file',
  'main.fs.isDir': 'a folder is in the way',

  // Store notices, shown once in the checklist
  'main.store.plain':
    'This computer offers Eventide no keychain (such as GNOME Keyring or KWallet), so your data is stored unencrypted in your user folder. It keeps working normally; Settings > About shows this too.',
  'main.store.locked':
    'Your saved data is encrypted, but the system keychain that holds its key is not available now. Eventide left those files untouched and will read them once the keychain is back; until then, changes to them are kept only while it runs.',
  'main.store.folderUnusable':
    'Eventide cannot save to {directory} ({problem}). It keeps working, but changes last only until it quits.',
  'main.store.unsaved':
    'Your {holds} could not be saved to {path}; the latest changes to them are lost at quit.',
  'main.store.saveFailed':
    'Eventide could not save your {holds} to {path} ({problem}). It keeps your changes while it runs and tries again shortly and when it quits.',
  'main.store.unreadable':
    'Eventide could not read your {holds} at {path} ({problem}). It started with {fallback}; changes will not be saved until Eventide restarts.',
  'main.store.copiedAside':
    'Your {holds} file could not be used ({reason}). Eventide kept a copy at {copy} and started with {fallback}.',
  'main.store.leftAsIs':
    'Your {holds} file at {path} could not be used ({reason}) and could not be copied aside, so Eventide left it as it is and started with {fallback}. Changes will not be saved until Eventide restarts.',
  'main.store.yearsUnreadable':
    'Eventide could not look for {holds} in {directory} ({problem}). It started without them.',
  'main.store.nightsRenameFailed':
    'Eventide copied your night records from {legacy} into one file per year but could not rename the old file ({problem}). Nothing is lost; it will try again at the next start.',
  'main.store.journalRenameFailed':
    'Eventide copied your journal from {legacy} into one file per year but could not rename the old file ({problem}). Nothing is lost; it will try again at the next start.',
  'main.store.importInterrupted':
    'Eventide could not finish saving an import that was interrupted; some files may be from before it.',
  'main.store.importBlocked':
    'Eventide cannot save your {holds} to {path} this session, so nothing was imported.',
  'main.store.importFailed':
    'Eventide could not save the import in {directory} ({problem}). Nothing was changed: your data is as it was before.',
  'main.store.importUnfinished':
    'Eventide saved the import but could not finish putting its files in place; it does so at the next start.',
  // Import problems about the file as a whole (shared/backup.ts); field problems keep their path
  'backup.problem.empty': 'the file is empty',
  'backup.problem.notUtf8':
    'not UTF-8 text. Eventide backups are UTF-8 JSON; this file may be another kind of file or was saved in another encoding.',
  'backup.problem.notJson':
    'not valid JSON ({detail}).{cut, select, yes { It looks cut off (truncated).} other {}}',
  'backup.problem.notEventide': 'expected "eventide", got {got}. This is not an Eventide backup.',
  'backup.problem.newer':
    'this backup was made by a newer Eventide (schema {version}); this version reads schema {supported}. Update Eventide, then import it again.',
  'backup.problem.tooDeep': 'nested more than {max} levels deep',
  'backup.problem.tooManyValues': 'holds more than {max, number} values, far more than any Eventide backup',
  'backup.problem.listTooLong': 'a list of more than {max, number} items, longer than any Eventide list',
  'backup.problem.duplicate':
    '{record, select, night {this night} checkIn {this check-in} other {this key}} appears twice in the file; each may appear only once',
  'backup.problem.forbiddenKey': 'the key "{key}" is not allowed',
  'backup.problem.unknownField': 'not a field Eventide knows',
  'backup.problem.duplicateId': 'the id {id} is already used by {other}',
  'backup.problem.more': '… and {count, plural, one {# more problem} other {# more problems}}',

  // The nights CSV's column headings (shared/csv.ts)
  'csv.night': 'Night',
  'csv.bedtime': 'Bedtime',
  'csv.paused': 'Paused',
  'csv.stepsDone': 'Steps done',
  'csv.stepsPlanned': 'Steps planned',
  'csv.step': 'Step: {title}',
  'csv.severity': 'Severity (0-10)',
  'csv.sleepQuality': 'Sleep quality (0-10)',
  'csv.onset': 'Symptoms started',
  'csv.note': 'Note',

  // The calendar export (shared/calendar-export.ts)
  'calendar.name': 'Eventide evening routine',
  'calendar.snapshot':
    'A snapshot of your Eventide evening routine, exported {exported}, covering the evenings of {first} to {last}. It does not change when you change Eventide: export again after you change a bedtime or a step, and before {last}. Importing a newer export updates these events.',
  'calendar.eventNote':
    'Bedtime {bedtime}. From an Eventide export of {exported}: a snapshot, so export again after changing a bedtime or a step.',

  // Iron timing (shared/medicines.ts)
  'iron.rule.emptyStomach': 'Take it on an empty stomach if you can.',
  'iron.rule.vitaminC': 'Take it with about 250 mg of vitamin C, which helps absorption.',
  'iron.rule.calcium': 'Keep calcium, dairy, antacids, coffee and tea at least 2 hours away.',
  'iron.rule.thyroid': 'Keep thyroid medicine (levothyroxine) at least 4 hours away, as its label says.',
  'iron.rule.magnesium':
    'Magnesium also lowers iron absorption: keep your iron at least 2 hours away from the magnesium step.',
  'iron.conflict.magnesium':
    'Iron at {iron} is within 2 hours of magnesium at {magnesium}. Magnesium lowers iron absorption, so keep them at least 2 hours apart.',
  'iron.conflict.thyroid':
    'Iron at {iron} is within 4 hours of {medicine} at {time}. Iron lowers the absorption of thyroid medicine, so keep them at least 4 hours apart.',
  // The weekly score's note (shared/weekly-score.ts)
  'weekly.note':
    'Weekly scores are averages of Eventide’s own 0–10 morning ratings. They are not the IRLS (International Restless Legs Syndrome Study Group rating scale) or any other clinical rating scale.',
} as const
