// German texts of the main process and the check-in answers. Typed against the English keys, so a missing or
// extra key is a type error.
import type { mainEn } from './main-en.ts'

export const mainDe: Record<keyof typeof mainEn, string> = {
  'main.notify.done': 'Erledigt',
  'main.notify.snooze': '{minutes} Min. später',
  'main.notify.open': 'Eventide öffnen',
  'main.checkIn.title': 'Wie war die letzte Nacht?',
  'main.checkIn.body':
    'Ein kurzer Check-in: Ihre Beschwerden, Ihr Schlaf und alles, was eine Rolle gespielt haben könnte.',
  'main.nudge.title': 'Noch zu erledigen: {title}',

  'checkin.option.onset.none': 'Keine Beschwerden',
  'checkin.option.onset.bedtime': 'Um die Schlafenszeit',
  'checkin.option.onset.evening': 'Am Abend',
  'checkin.option.onset.daytime': 'Tagsüber',
  'checkin.option.trigger.caffeineAfter14': 'Koffein nach {time}',
  'checkin.option.trigger.alcohol': 'Alkohol',
  'checkin.option.trigger.nicotine': 'Nikotin',
  'checkin.option.trigger.lateExercise': 'Später intensiver Sport',
  'checkin.option.trigger.antihistamine': 'Antihistaminikum oder Schlafmittel',
  'checkin.option.body.legs': 'Beine',
  'checkin.option.body.arms': 'Arme',
  'checkin.option.body.trunk': 'Rumpf (Bauch, Rücken, Brust)',
  'checkin.option.rest.under15': 'Unter 15 Minuten',
  'checkin.option.rest.15to30': '15–30 Minuten',
  'checkin.option.rest.30to60': '30–60 Minuten',
  'checkin.option.rest.60to120': '1–2 Stunden',
  'checkin.option.rest.over120': 'Über 2 Stunden',

  'main.quit.unsaved': 'Eventide konnte nicht alles speichern',
  'main.save.dialogTitle': 'Eine unverschlüsselte Kopie speichern',
  'main.save.backupFilter': 'Eventide-Sicherung',
  'main.save.failed': '{path} konnte nicht gespeichert werden ({reason})',
  'main.request.failed': 'Etwas ist schiefgegangen',
  'main.loginItem.comment': 'Begleiter für die Abendroutine',

  'main.holds.settings': 'Einstellungen',
  'main.fallback.settings': 'den Standardeinstellungen',
  'main.holds.nights': 'Nachteinträge',
  'main.fallback.nights': 'keinen gespeicherten Nächten',
  'main.holds.nightsYear': 'Nachteinträge von {year}',
  'main.fallback.nightsYear': 'keinen gespeicherten Nächten für {year}',
  'main.holds.journal': 'Check-ins, Laborwerte und Medikamente',
  'main.fallback.journal': 'einem leeren Tagebuch',
  'main.holds.journalCore': 'Laborwerte, Medikamente und Reisenächte',
  'main.fallback.journalCore': 'keinen Laborwerten, Medikamenten oder Reisenächten',
  'main.holds.checkInsYear': 'Check-ins von {year}',
  'main.fallback.checkInsYear': 'keinen gespeicherten Check-ins für {year}',
  'main.holds.checkInYears': 'Ihre Check-ins',
  'main.holds.nightYears': 'Ihre Nachteinträge',

  'main.fs.denied': 'Zugriff verweigert',
  'main.fs.readOnly': 'der Datenträger ist schreibgeschützt',
  'main.fs.full': 'der Datenträger ist voll',
  'main.fs.notDir': 'der Ordnerpfad ist eine Datei',
  'main.fs.isDir': 'ein Ordner ist im Weg',

  'main.store.plain':
    'Dieser Computer bietet Eventide keinen Schlüsselbund (etwa GNOME Keyring oder KWallet), daher werden Ihre Daten unverschlüsselt in Ihrem Benutzerordner gespeichert. Eventide funktioniert normal weiter; Einstellungen > Über zeigt dies ebenfalls.',
  'main.store.locked':
    'Ihre gespeicherten Daten sind verschlüsselt, aber der Schlüsselbund des Systems, der den Schlüssel enthält, ist gerade nicht verfügbar. Eventide hat diese Dateien unverändert gelassen und liest sie, sobald der Schlüsselbund wieder da ist; bis dahin bleiben Änderungen daran nur erhalten, solange Eventide läuft.',
  'main.store.folderUnusable':
    'Eventide kann nicht in {directory} speichern ({problem}). Es arbeitet weiter, aber Änderungen bleiben nur bis zum Beenden erhalten.',
  'main.store.unsaved':
    'Ihre {holds} konnten nicht in {path} gespeichert werden; die letzten Änderungen daran gehen beim Beenden verloren.',
  'main.store.saveFailed':
    'Eventide konnte Ihre {holds} nicht in {path} speichern ({problem}). Es behält Ihre Änderungen, solange es läuft, und versucht es gleich und beim Beenden erneut.',
  'main.store.unreadable':
    'Eventide konnte Ihre {holds} unter {path} nicht lesen ({problem}). Es hat mit {fallback} begonnen; Änderungen werden erst nach einem Neustart von Eventide wieder gespeichert.',
  'main.store.copiedAside':
    'Die Datei mit Ihren {holds} war nicht verwendbar ({reason}). Eventide hat eine Kopie unter {copy} aufbewahrt und mit {fallback} begonnen.',
  'main.store.leftAsIs':
    'Die Datei mit Ihren {holds} unter {path} war nicht verwendbar ({reason}) und konnte nicht beiseitekopiert werden. Eventide hat sie daher unverändert gelassen und mit {fallback} begonnen. Änderungen werden erst nach einem Neustart von Eventide wieder gespeichert.',
  'main.store.yearsUnreadable':
    'Eventide konnte in {directory} nicht nach {holds} suchen ({problem}). Es hat ohne sie begonnen.',
  'main.store.nightsRenameFailed':
    'Eventide hat Ihre Nachteinträge aus {legacy} in je eine Datei pro Jahr kopiert, konnte die alte Datei aber nicht umbenennen ({problem}). Es ist nichts verloren; beim nächsten Start versucht es das erneut.',
  'main.store.journalRenameFailed':
    'Eventide hat Ihr Tagebuch aus {legacy} in je eine Datei pro Jahr kopiert, konnte die alte Datei aber nicht umbenennen ({problem}). Es ist nichts verloren; beim nächsten Start versucht es das erneut.',
  'main.store.importInterrupted':
    'Eventide konnte einen unterbrochenen Import nicht fertig speichern; manche Dateien stammen womöglich noch von davor.',
  'main.store.importBlocked':
    'Eventide kann Ihre {holds} in dieser Sitzung nicht in {path} speichern, daher wurde nichts importiert.',
  'main.store.importFailed':
    'Eventide konnte den Import nicht in {directory} speichern ({problem}). Es wurde nichts geändert: Ihre Daten sind wie vorher.',
  'main.store.importUnfinished':
    'Eventide hat den Import gespeichert, konnte seine Dateien aber nicht fertig an ihren Platz bringen; das holt es beim nächsten Start nach.',
  'backup.problem.empty': 'die Datei ist leer',
  'backup.problem.notUtf8':
    'kein UTF-8-Text. Eventide-Sicherungen sind UTF-8-JSON; diese Datei ist womöglich eine andere Art von Datei oder wurde in einer anderen Kodierung gespeichert.',
  'backup.problem.notJson':
    'kein gültiges JSON ({detail}).{cut, select, yes { Sie scheint abgeschnitten zu sein.} other {}}',
  'backup.problem.notEventide': 'erwartet "eventide", erhalten {got}. Dies ist keine Eventide-Sicherung.',
  'backup.problem.newer':
    'diese Sicherung stammt von einem neueren Eventide (Schema {version}); diese Version liest Schema {supported}. Aktualisieren Sie Eventide und importieren Sie sie dann erneut.',
  'backup.problem.tooDeep': 'mehr als {max} Ebenen tief verschachtelt',
  'backup.problem.tooManyValues':
    'enthält mehr als {max, number} Werte, weit mehr als jede Eventide-Sicherung',
  'backup.problem.listTooLong':
    'eine Liste mit mehr als {max, number} Einträgen, länger als jede Eventide-Liste',
  'backup.problem.duplicate':
    '{record, select, night {diese Nacht} checkIn {dieser Check-in} other {dieser Schlüssel}} kommt zweimal in der Datei vor; jeder Eintrag darf nur einmal vorkommen',
  'backup.problem.forbiddenKey': 'der Schlüssel "{key}" ist nicht erlaubt',
  'backup.problem.unknownField': 'kein Feld, das Eventide kennt',
  'backup.problem.duplicateId': 'die ID {id} wird schon von {other} verwendet',
  'backup.problem.more': '… und {count, plural, one {# weiteres Problem} other {# weitere Probleme}}',

  'csv.night': 'Nacht',
  'csv.bedtime': 'Schlafenszeit',
  'csv.paused': 'Pausiert',
  'csv.stepsDone': 'Erledigte Schritte',
  'csv.stepsPlanned': 'Geplante Schritte',
  'csv.step': 'Schritt: {title}',
  'csv.severity': 'Beschwerden (0-10)',
  'csv.sleepQuality': 'Schlafqualität (0-10)',
  'csv.onset': 'Beginn der Beschwerden',
  'csv.note': 'Notiz',

  'calendar.name': 'Eventide-Abendroutine',
  'calendar.snapshot':
    'Eine Momentaufnahme Ihrer Eventide-Abendroutine, exportiert am {exported}, für die Abende vom {first} bis {last}. Sie ändert sich nicht, wenn Sie Eventide ändern: Exportieren Sie erneut, nachdem Sie eine Schlafenszeit oder einen Schritt geändert haben, und vor dem {last}. Ein neuerer Export aktualisiert diese Termine.',
  'calendar.eventNote':
    'Schlafenszeit {bedtime}. Aus einem Eventide-Export vom {exported}: eine Momentaufnahme, also exportieren Sie erneut, nachdem Sie eine Schlafenszeit oder einen Schritt geändert haben.',

  'iron.rule.emptyStomach': 'Nehmen Sie es möglichst auf nüchternen Magen ein.',
  'iron.rule.vitaminC': 'Nehmen Sie es mit etwa 250 mg Vitamin C ein, das die Aufnahme fördert.',
  'iron.rule.calcium':
    'Halten Sie Kalzium, Milchprodukte, Antazida, Kaffee und Tee mindestens 2 Stunden davon entfernt.',
  'iron.rule.thyroid':
    'Halten Sie Schilddrüsenmedikamente (Levothyroxin) mindestens 4 Stunden davon entfernt, wie es deren Beipackzettel sagt.',
  'iron.rule.magnesium':
    'Auch Magnesium senkt die Eisenaufnahme: Halten Sie Ihr Eisen mindestens 2 Stunden vom Magnesium-Schritt entfernt.',
  'iron.conflict.magnesium':
    'Eisen um {iron} liegt weniger als 2 Stunden vor oder nach Magnesium um {magnesium}. Magnesium senkt die Eisenaufnahme, halten Sie daher mindestens 2 Stunden Abstand.',
  'iron.conflict.thyroid':
    'Eisen um {iron} liegt weniger als 4 Stunden vor oder nach {medicine} um {time}. Eisen senkt die Aufnahme von Schilddrüsenmedikamenten, halten Sie daher mindestens 4 Stunden Abstand.',
  'weekly.note':
    'Wochenwerte sind Durchschnitte der eigenen morgendlichen 0–10-Bewertungen von Eventide. Sie sind nicht die IRLS (Bewertungsskala der International Restless Legs Syndrome Study Group) und auch keine andere klinische Bewertungsskala.',
}
