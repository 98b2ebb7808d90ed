// Spanish texts of the main process and the check-in answers (formal "usted"). Typed against the English keys,
// so a missing or extra key is a type error.
import type { mainEn } from './main-en.ts'

export const mainEs: Record<keyof typeof mainEn, string> = {
  'main.notify.done': 'Hecho',
  'main.notify.snooze': 'Posponer {minutes} min',
  'main.notify.open': 'Abrir Eventide',
  'main.checkIn.title': '¿Cómo fue la noche pasada?',
  'main.checkIn.body': 'Un breve registro: sus síntomas, su sueño y cualquier cosa que haya podido influir.',
  'main.nudge.title': 'Todavía pendiente: {title}',

  'checkin.option.onset.none': 'Sin síntomas',
  'checkin.option.onset.bedtime': 'Hacia la hora de dormir',
  'checkin.option.onset.evening': 'Por la tarde-noche',
  'checkin.option.onset.daytime': 'Durante el día',
  'checkin.option.trigger.caffeineAfter14': 'Cafeína después de las {time}',
  'checkin.option.trigger.alcohol': 'Alcohol',
  'checkin.option.trigger.nicotine': 'Nicotina',
  'checkin.option.trigger.lateExercise': 'Ejercicio intenso a última hora',
  'checkin.option.trigger.antihistamine': 'Antihistamínico o somnífero',
  'checkin.option.body.legs': 'Piernas',
  'checkin.option.body.arms': 'Brazos',
  'checkin.option.body.trunk': 'Tronco (vientre, espalda, pecho)',
  'checkin.option.rest.under15': 'Menos de 15 minutos',
  'checkin.option.rest.15to30': '15–30 minutos',
  'checkin.option.rest.30to60': '30–60 minutos',
  'checkin.option.rest.60to120': '1–2 horas',
  'checkin.option.rest.over120': 'Más de 2 horas',

  'main.quit.unsaved': 'Eventide no pudo guardarlo todo',
  'main.save.dialogTitle': 'Guardar una copia sin cifrar',
  'main.save.backupFilter': 'Copia de seguridad de Eventide',
  'main.save.failed': 'No se pudo guardar {path} ({reason})',
  'main.request.failed': 'Algo salió mal',
  'main.loginItem.comment': 'Acompañante de la rutina nocturna',

  'main.holds.settings': 'ajustes',
  'main.fallback.settings': 'los ajustes predeterminados',
  'main.holds.nights': 'registros de noches',
  'main.fallback.nights': 'ninguna noche guardada',
  'main.holds.nightsYear': 'registros de noches de {year}',
  'main.fallback.nightsYear': 'ninguna noche guardada de {year}',
  'main.holds.journal': 'registros, análisis y medicamentos',
  'main.fallback.journal': 'un diario vacío',
  'main.holds.journalCore': 'análisis, medicamentos y noches de viaje',
  'main.fallback.journalCore': 'ningún análisis, medicamento ni noche de viaje',
  'main.holds.checkInsYear': 'registros de {year}',
  'main.fallback.checkInsYear': 'ningún registro guardado de {year}',
  'main.holds.checkInYears': 'sus registros',
  'main.holds.nightYears': 'sus registros de noches',

  'main.fs.denied': 'permiso denegado',
  'main.fs.readOnly': 'el disco es de solo lectura',
  'main.fs.full': 'el disco está lleno',
  'main.fs.notDir': 'la ruta de la carpeta es un archivo',
  'main.fs.isDir': 'una carpeta se interpone',

  'main.store.plain':
    'Este ordenador no ofrece a Eventide ningún llavero (como GNOME Keyring o KWallet), así que sus datos se guardan sin cifrar en su carpeta de usuario. Eventide sigue funcionando con normalidad; Ajustes > Acerca de también lo indica.',
  'main.store.locked':
    'Sus datos guardados están cifrados, pero el llavero del sistema que guarda la clave no está disponible ahora. Eventide ha dejado esos archivos intactos y los leerá cuando el llavero vuelva a estar disponible; hasta entonces, los cambios en ellos solo se conservan mientras Eventide esté abierto.',
  'main.store.folderUnusable':
    'Eventide no puede guardar en {directory} ({problem}). Sigue funcionando, pero los cambios solo duran hasta que se cierre.',
  'main.store.unsaved':
    'Sus {holds} no se pudieron guardar en {path}; los últimos cambios se pierden al salir.',
  'main.store.saveFailed':
    'Eventide no pudo guardar sus {holds} en {path} ({problem}). Conserva sus cambios mientras está abierto y vuelve a intentarlo en breve y al salir.',
  'main.store.unreadable':
    'Eventide no pudo leer sus {holds} en {path} ({problem}). Empezó con {fallback}; los cambios no se guardarán hasta que Eventide se reinicie.',
  'main.store.copiedAside':
    'El archivo de sus {holds} no se pudo usar ({reason}). Eventide guardó una copia en {copy} y empezó con {fallback}.',
  'main.store.leftAsIs':
    'El archivo de sus {holds} en {path} no se pudo usar ({reason}) ni apartar en una copia, así que Eventide lo dejó como estaba y empezó con {fallback}. Los cambios no se guardarán hasta que Eventide se reinicie.',
  'main.store.yearsUnreadable':
    'Eventide no pudo buscar {holds} en {directory} ({problem}). Empezó sin ellos.',
  'main.store.nightsRenameFailed':
    'Eventide copió sus registros de noches de {legacy} en un archivo por año, pero no pudo cambiar el nombre del archivo antiguo ({problem}). No se ha perdido nada; lo intentará de nuevo en el próximo inicio.',
  'main.store.journalRenameFailed':
    'Eventide copió su diario de {legacy} en un archivo por año, pero no pudo cambiar el nombre del archivo antiguo ({problem}). No se ha perdido nada; lo intentará de nuevo en el próximo inicio.',
  'main.store.importInterrupted':
    'Eventide no pudo terminar de guardar una importación interrumpida; puede que algunos archivos sean de antes.',
  'main.store.importBlocked':
    'Eventide no puede guardar sus {holds} en {path} durante esta sesión, así que no se importó nada.',
  'main.store.importFailed':
    'Eventide no pudo guardar la importación en {directory} ({problem}). No se cambió nada: sus datos están como antes.',
  'main.store.importUnfinished':
    'Eventide guardó la importación, pero no pudo terminar de colocar sus archivos; lo hará en el próximo inicio.',
  'backup.problem.empty': 'el archivo está vacío',
  'backup.problem.notUtf8':
    'no es texto UTF-8. Las copias de seguridad de Eventide son JSON en UTF-8; puede que este archivo sea de otro tipo o se guardara con otra codificación.',
  'backup.problem.notJson':
    'no es JSON válido ({detail}).{cut, select, yes { Parece cortado (truncado).} other {}}',
  'backup.problem.notEventide':
    'se esperaba "eventide", se recibió {got}. Esto no es una copia de seguridad de Eventide.',
  'backup.problem.newer':
    'esta copia la hizo un Eventide más reciente (esquema {version}); esta versión lee el esquema {supported}. Actualice Eventide y vuelva a importarla.',
  'backup.problem.tooDeep': 'anidado en más de {max} niveles',
  'backup.problem.tooManyValues':
    'contiene más de {max, number} valores, muchos más que cualquier copia de Eventide',
  'backup.problem.listTooLong':
    'una lista de más de {max, number} elementos, más larga que cualquier lista de Eventide',
  'backup.problem.duplicate':
    '{record, select, night {esta noche} checkIn {este registro} other {esta clave}} aparece dos veces en el archivo; cada una solo puede aparecer una vez',
  'backup.problem.forbiddenKey': 'la clave "{key}" no está permitida',
  'backup.problem.unknownField': 'no es un campo que Eventide conozca',
  'backup.problem.duplicateId': 'el id {id} ya lo usa {other}',
  'backup.problem.more': '… y {count, plural, one {# problema más} other {# problemas más}}',

  'csv.night': 'Noche',
  'csv.bedtime': 'Hora de dormir',
  'csv.paused': 'En pausa',
  'csv.stepsDone': 'Pasos hechos',
  'csv.stepsPlanned': 'Pasos previstos',
  'csv.step': 'Paso: {title}',
  'csv.severity': 'Síntomas (0-10)',
  'csv.sleepQuality': 'Calidad del sueño (0-10)',
  'csv.onset': 'Inicio de los síntomas',
  'csv.note': 'Nota',

  'calendar.name': 'Rutina nocturna de Eventide',
  'calendar.snapshot':
    'Una instantánea de su rutina nocturna de Eventide, exportada el {exported}, que abarca las noches del {first} al {last}. No cambia cuando usted cambia Eventide: vuelva a exportar después de cambiar una hora de dormir o un paso, y antes del {last}. Importar una exportación más reciente actualiza estos eventos.',
  'calendar.eventNote':
    'Hora de dormir {bedtime}. De una exportación de Eventide del {exported}: una instantánea, así que vuelva a exportar después de cambiar una hora de dormir o un paso.',

  'iron.rule.emptyStomach': 'Tómelo con el estómago vacío si puede.',
  'iron.rule.vitaminC': 'Tómelo con unos 250 mg de vitamina C, que ayuda a absorberlo.',
  'iron.rule.calcium':
    'Deje al menos 2 horas de separación con el calcio, los lácteos, los antiácidos, el café y el té.',
  'iron.rule.thyroid':
    'Deje al menos 4 horas de separación con la medicación para la tiroides (levotiroxina), como indica su prospecto.',
  'iron.rule.magnesium':
    'El magnesio también reduce la absorción del hierro: deje al menos 2 horas entre su hierro y el paso del magnesio.',
  'iron.conflict.magnesium':
    'El hierro a las {iron} queda a menos de 2 horas del magnesio a las {magnesium}. El magnesio reduce la absorción del hierro, así que sepárelos al menos 2 horas.',
  'iron.conflict.thyroid':
    'El hierro a las {iron} queda a menos de 4 horas de {medicine} a las {time}. El hierro reduce la absorción de la medicación para la tiroides, así que sepárelos al menos 4 horas.',
  'weekly.note':
    'Las puntuaciones semanales son promedios de las valoraciones matutinas de 0 a 10 propias de Eventide. No son la IRLS (escala de valoración del International Restless Legs Syndrome Study Group) ni ninguna otra escala de valoración clínica.',
}
