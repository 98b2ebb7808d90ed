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
}
