// Spanish clinical texts: the same meaning, numbers and units as clinical-en.ts, formal address (usted).
// Typed against the English keys, so a missing or extra key is a type error.
import type { clinicalEn } from './clinical-en.ts'

export const clinicalEs: Record<keyof typeof clinicalEn, string> = {
  'clinical.caution.magnesiumKidney':
    'Enfermedad renal: consulte con su equipo de nefrología antes de tomar magnesio. Puede acumularse cuando los riñones lo eliminan mal. La dosis se refiere al magnesio elemental (la cantidad que figura en la tabla nutricional de la etiqueta).',
  'clinical.caution.magnesiumPregnancy':
    'Embarazo: pregunte a su matrona o a su médico antes de tomar magnesio o cualquier otro suplemento.',
  'clinical.caution.bathPregnancy':
    'Embarazo: que el baño sea templado, no caliente. Nada de baños de inmersión a 40 °C (104 °F) o más.',
  'clinical.caution.bathNeuropathy':
    'Menos sensibilidad en los pies: compruebe el agua con la mano o con un termómetro antes de entrar, porque el agua caliente puede quemarle sin que lo note.',
  'clinical.caution.socksNeuropathy':
    'Menos sensibilidad en los pies: abríguelos con calcetines o envolturas, no con bolsas de agua caliente ni envolturas térmicas sobre la piel, que pueden quemarle sin que lo note.',
  'clinical.caution.compressionNeuropathy':
    'Las medias de compresión no son para personas con enfermedad arterial periférica (mala circulación en las piernas), más frecuente con diabetes. Pregunte antes a su médico.',

  'clinical.watch.sedating-antihistamine.label': 'un antihistamínico que da sueño',
  'clinical.watch.sedating-antihistamine.why':
    'Los antihistamínicos que dan sueño están en la mayoría de los somníferos sin receta y en muchos remedios para el mareo en los viajes y para el resfriado por la noche. Pueden empeorar el SPI en algunas personas.',
  'clinical.watch.dopamine-blocker.label': 'un antipsicótico, un medicamento que bloquea la dopamina',
  'clinical.watch.dopamine-blocker.why':
    'En el SPI intervienen las señales de dopamina del cerebro. Los medicamentos que bloquean la dopamina pueden empeorar el SPI en algunas personas, también en las dosis bajas que a veces se dan para dormir.',
  'clinical.watch.partial-agonist.label': 'un antipsicótico que solo bloquea la dopamina en parte',
  'clinical.watch.partial-agonist.why':
    'Este medicamento estimula en parte las señales de dopamina además de atenuarlas (un «agonista parcial»), por lo que es menos probable que otros antipsicóticos que empeore el SPI. Aun así, puede hacerlo en algunas personas.',
  'clinical.watch.anti-nausea.label': 'un medicamento contra las náuseas que bloquea la dopamina',
  'clinical.watch.anti-nausea.why':
    'Algunos medicamentos contra las náuseas bloquean la dopamina en el cerebro, lo que puede empeorar el SPI en algunas personas.',
  'clinical.watch.antidepressant.label': 'un antidepresivo',
  'clinical.watch.antidepressant.why':
    'Algunos antidepresivos, también en dosis bajas tomadas para dormir o para el dolor, pueden empeorar el SPI en algunas personas. Otras no notan ningún cambio.',
  'clinical.watch.mood-stabilizer.label': 'un estabilizador del ánimo',
  'clinical.watch.mood-stabilizer.why': 'El litio puede empeorar el SPI en algunas personas.',
  'clinical.watch.blood-pressure.label': 'un medicamento para la tensión o el corazón',
  'clinical.watch.blood-pressure.why':
    'Algunos medicamentos para la tensión (antagonistas del calcio y betabloqueantes) parecen empeorar el SPI en algunas personas.',
  'clinical.watch.lifestyle.label': 'alcohol, nicotina o cafeína',
  'clinical.watch.lifestyle.why':
    'El alcohol, la nicotina y la cafeína son desencadenantes frecuentes, sobre todo a última hora del día.',
  'clinical.watch.lower-risk-antihistamine.label': 'un antihistamínico que no da sueño',
  'clinical.watch.lower-risk-antihistamine.why':
    'Los antihistamínicos que no dan sueño son una opción de menor riesgo para el SPI que los que dan sueño.',
  'clinical.watch.note.prescription':
    'Puede empeorar el SPI en algunas personas. Hable con el médico que se lo recetó; no deje un medicamento recetado por su cuenta.',
  'clinical.watch.note.otc':
    'Puede empeorar el SPI en algunas personas. Pregunte a un farmacéutico o a su médico por una alternativa.',
  'clinical.watch.note.either':
    'Puede empeorar el SPI en algunas personas. Si lo compró usted, pregunte a un farmacéutico o a su médico por una alternativa; si se lo recetaron, hable con el médico que se lo recetó y no lo deje por su cuenta.',
  'clinical.watch.note.partialAgonist':
    'Es menos probable que otros antipsicóticos que empeore el SPI, pero puede hacerlo en algunas personas. Hable con el médico que se lo recetó; no deje un medicamento recetado por su cuenta.',
  'clinical.watch.note.lifestyle': 'Puede empeorar el SPI en algunas personas, sobre todo por la noche.',
  'clinical.watch.note.lowerRisk': 'Menor riesgo para el SPI que los antihistamínicos que dan sueño.',
  'clinical.watch.note.brandCaveat':
    'Una misma marca puede llevar ingredientes distintos según el país y la línea de producto: compruebe la etiqueta.',

  'clinical.lab.ferritin.label': 'Ferritina',
  'clinical.lab.ferritin.name': 'ferritina',
  'clinical.lab.tsat.label': 'Saturación de transferrina (TSAT)',
  'clinical.lab.tsat.name': 'TSAT',
  'clinical.lab.vitaminD.label': 'Vitamina D (25-OH)',
  'clinical.lab.vitaminD.name': 'vitamina D',
  'clinical.lab.band.ferritinMinimum': 'Mínimo para piernas inquietas',
  'clinical.lab.band.ferritinTarget': 'Objetivo para piernas inquietas',
  'clinical.lab.band.tsatNotLow': 'No baja',
  'clinical.lab.band.vitaminDTarget': 'Objetivo',
  'clinical.lab.ironHighNote':
    'Si toma hierro, pregunte a su médico antes de seguir tomándolo: el exceso de hierro también es perjudicial. La inflamación también puede elevar la ferritina.',
  'clinical.lab.ferritin.low':
    'Por debajo de 50 ng/mL: baja para las piernas inquietas, aunque el laboratorio la considere normal. Conviene comentarlo con su médico.',
  'clinical.lab.ferritin.borderline':
    '50–75 ng/mL: en el mínimo para las piernas inquietas. La guía contempla el tratamiento con hierro hasta 75; muchas personas necesitan más de 100.',
  'clinical.lab.ferritin.target':
    'Por encima de 75 ng/mL: la ferritina está en el rango objetivo para las piernas inquietas. Su TSAT también cuenta: debería ser del 20 % o más.',
  'clinical.lab.ferritin.above': 'Por encima de 300 ng/mL: más alta de lo necesario. {ironHighNote}',
  'clinical.lab.tsat.low':
    'Por debajo del 20 %: baja, sea cual sea su ferritina. Conviene comentarlo con su médico.',
  'clinical.lab.tsat.target': '20–45 %: fuera del rango bajo.',
  'clinical.lab.tsat.above':
    'Por encima del 45 %: alta. Si toma hierro, pregunte a su médico antes de seguir tomándolo: el exceso de hierro también es perjudicial.',
  'clinical.lab.vitaminD.low':
    'Por debajo de 20 ng/mL (50 nmol/L): incluso por debajo del mínimo habitual del laboratorio.',
  'clinical.lab.vitaminD.borderline':
    '20–40 ng/mL (50–100 nmol/L): dentro del rango del laboratorio, pero por debajo del objetivo de 40–60 ng/mL (100–150 nmol/L).',
  'clinical.lab.vitaminD.target': '40–60 ng/mL (100–150 nmol/L): en el rango objetivo.',
  'clinical.lab.vitaminD.above':
    'Por encima de 60 ng/mL (150 nmol/L): más alta que el objetivo de 40–60 ng/mL.',
  'clinical.iron.values': 'ferritina {ferritin, number} ng/mL el {ferritinDate}',
  'clinical.iron.valuesWithTsat':
    'ferritina {ferritin, number} ng/mL el {ferritinDate}, TSAT {tsat, number} % el {tsatDate}',
  'clinical.iron.high': 'Su hierro puede estar alto ({values}). {ironHighNote}',
  'clinical.iron.treatFerritin':
    'Su hierro está por debajo del objetivo para las piernas inquietas ({values}): la ferritina es de 75 o menos. Conviene comentarlo con su médico.',
  'clinical.iron.treatTsat':
    'Su hierro está por debajo del objetivo para las piernas inquietas ({values}): la TSAT está por debajo del 20 %, aunque la ferritina supera 75. Conviene comentarlo con su médico.',
  'clinical.iron.target': 'Su ferritina está en el rango objetivo para las piernas inquietas ({values}).',
  'clinical.iron.targetNoTsat':
    'Su ferritina está en el rango objetivo para las piernas inquietas ({values}). No hay ninguna TSAT registrada para ella; pida una con su próxima ferritina.',

  'clinical.prompt.severe.title': 'Sus noches han sido difíciles. Un médico puede ayudarle',
  'clinical.prompt.severe.body':
    'Cuando las piernas inquietas no le dejan dormir noche tras noche, merece la pena ir al médico en lugar de esperar a que pase.',
  'clinical.prompt.severe.reason':
    '{count, plural, one {En su último registro, el {last},} other {En sus últimos # registros, del {first} al {last},}} valoró los síntomas con {severe} o más sobre 10.',
  'clinical.prompt.severe.forDoctor':
    'El paciente valoró los síntomas con {severe} o más sobre 10 en {count, plural, one {# registro} other {# registros seguidos}}, del {first} al {last}.',
  'clinical.prompt.ferritinLow.title': 'Pregunte a su médico por su hierro',
  'clinical.prompt.ferritinLow.body':
    'El hierro tomado por boca apenas ha subido su ferritina. Pregunte a su médico si tiene sentido el hierro intravenoso o una prueba de problemas de absorción como la enfermedad celíaca.',
  'clinical.prompt.ferritinLow.reason':
    'Su ferritina era de {value, number} ng/mL el {date}, 3 meses o más después de empezar con hierro el {start}.',
  'clinical.prompt.ferritinLow.forDoctor':
    'Ferritina {value, number} ng/mL el {date}, tras hierro oral desde el {start} (3 meses o más).',
  'clinical.prompt.ironHigh.title': 'Pregunte a su médico antes de seguir con el hierro',
  'clinical.prompt.ironHigh.body':
    'Su último resultado está por encima del rango habitual para quienes toman hierro. El exceso de hierro también es perjudicial, así que consulte con su médico antes de seguir. Una ferritina alta también puede deberse a una inflamación.',
  'clinical.prompt.ironHigh.reason':
    'Sus valores: {values}, mientras el hierro figura en su lista (por encima de {ferritinHigh, number} ng/mL o del {tsatHigh, number} % es el momento de preguntar).',
  'clinical.prompt.ironHigh.forDoctor': 'Posible exceso de hierro mientras toma hierro oral: {values}.',
  'clinical.prompt.treatment.title': 'Es momento de hablar del tratamiento con su médico',
  'clinical.prompt.treatment.body':
    'Su hierro está en el rango objetivo, ha mantenido la rutina de la noche y sus síntomas siguen siendo fuertes. Por eso merece la pena hablar del tratamiento con su médico.',
  'clinical.prompt.treatment.reason':
    'Su ferritina era de {value, number} ng/mL{hasTsat, select, yes { y su TSAT del {tsat, number} %} other {}} el {date}; {count, plural, one {su último registro ({first} al {last}) dio} other {sus últimos # registros ({first} al {last}) dieron}} una media de {mean, number, ::.0} sobre 10, con el {percent, number} % de los pasos de la noche previstos hechos.',
  'clinical.prompt.treatment.forDoctor':
    'Síntomas aún fuertes (media de {mean, number, ::.0}/10 en {count, plural, one {# registro} other {# registros}} hasta el {last}) con ferritina {value, number} ng/mL{hasTsat, select, yes { y TSAT {tsat, number} %} other {}} el {date} y el {percent, number} % de la rutina de la noche hecha.',
  'clinical.prompt.medication.title':
    'Pregunte al médico que se lo recetó o a su farmacéutico si un medicamento podría estar sumándose a sus síntomas',
  'clinical.prompt.medication.body':
    'Algunos medicamentos pueden empeorar las piernas inquietas en algunas personas. El médico que se lo recetó o su farmacéutico pueden decirle si importa en su caso. No deje un medicamento recetado por su cuenta.',
  'clinical.prompt.medication.reason':
    '«{name}», en su lista de medicamentos, es {groups}, que figura en la lista de vigilancia.',
  'clinical.prompt.medication.forDoctor':
    '«{name}», en la lista del paciente, es {groups}, que puede empeorar el SPI en algunas personas.',
  'clinical.prompt.pregnancy.title': 'Hable con su médico o su matrona sobre las piernas inquietas',
  'clinical.prompt.pregnancy.body':
    'Las piernas inquietas son frecuentes en el embarazo. Su médico o su matrona pueden revisar su hierro y hablar con usted de lo que es seguro en su caso.',
  'clinical.prompt.pregnancy.reason': 'Indicó en los ajustes que está embarazada.',
  'clinical.prompt.pregnancy.forDoctor': 'La paciente indicó un embarazo.',
  'clinical.prompt.kidney.title': 'Comente sus piernas inquietas con su equipo de nefrología',
  'clinical.prompt.kidney.body':
    'Las piernas inquietas son frecuentes con la enfermedad renal, y el enfoque adecuado depende de su atención renal. Su médico puede aconsejarle.',
  'clinical.prompt.kidney.reason': 'Indicó en los ajustes una enfermedad renal.',
  'clinical.prompt.kidney.forDoctor': 'El paciente indicó una enfermedad renal.',
  'clinical.prompt.malabsorption.title':
    'Pregunte a su médico si el hierro por boca es suficiente en su caso',
  'clinical.prompt.malabsorption.body':
    'La enfermedad celíaca, la enfermedad inflamatoria intestinal y la cirugía para perder peso pueden impedir que se absorba el hierro tomado por boca. Pregunte a su médico si el hierro intravenoso tiene sentido en su caso.',
  'clinical.prompt.malabsorption.reason':
    'Indicó en los ajustes una afección que dificulta la absorción (enfermedad celíaca, EII o cirugía bariátrica).',
  'clinical.prompt.malabsorption.forDoctor':
    'El paciente indicó una afección de malabsorción (enfermedad celíaca, EII o cirugía bariátrica); puede valer la pena considerar el hierro intravenoso.',

  'clinical.quoted': '«{name}»',
  'clinical.aug.earlierOnset':
    'Los síntomas empezaron hacia las {latestClock} (mediana) del {latestFrom} al {latestTo}, {earlier} antes que hacia las {beforeClock} del {beforeFrom} al {beforeTo}.',
  'clinical.aug.spread':
    'Los síntomas llegaron a los brazos o al tronco en {count, plural, one {# noche} other {# noches}}: {nights}.',
  'clinical.aug.shorterRest':
    'El tiempo en reposo antes de los síntomas fue de {latestRest} (mediana) del {latestFrom} al {latestTo}, cuando antes era de {beforeRest} (del {beforeFrom} al {beforeTo}).',
  'clinical.aug.rest.under15': 'menos de 15 minutos',
  'clinical.aug.rest.15to30': '15–30 minutos',
  'clinical.aug.rest.30to60': '30–60 minutos',
  'clinical.aug.rest.60to120': '1–2 horas',
  'clinical.aug.rest.over120': 'más de 2 horas',
  'clinical.aug.prompt.title': 'Pida al médico que se lo recetó que revise cómo están cambiando sus síntomas',
  'clinical.aug.prompt.body':
    'Los síntomas que empiezan antes, aparecen antes en reposo o se extienden a los brazos o al tronco mientras se toma un medicamento de tipo dopaminérgico son un patrón llamado fenómeno de aumento. Requiere la valoración del médico que se lo recetó. No cambie ni deje el medicamento por su cuenta.',
  'clinical.aug.prompt.reason':
    '{findings} {count, plural, one {{names} es un medicamento de tipo dopaminérgico} other {{names} son medicamentos de tipo dopaminérgico}} en su registro de tratamiento.',
  'clinical.aug.prompt.forDoctor':
    'Posible fenómeno de aumento con {names}, en los registros hasta el {last}.',
  'clinical.aug.changing.title': 'Sus síntomas están cambiando',
  'clinical.aug.changing.body':
    'Sus registros muestran que sus síntomas están cambiando en las últimas semanas. Merece la pena comentarlo en su próxima visita al médico.',
  'clinical.aug.changing.forDoctor':
    'Los síntomas del paciente están cambiando, en los registros hasta el {last} (ningún medicamento de tipo dopaminérgico en el registro de tratamiento).',

  'clinical.correlation.note':
    'Estas comparaciones salen de sus propias noches. Muestran patrones, no prueban que una cosa cause otra.',
  'clinical.correlation.needWith': '{count, plural, one {# noche} other {# noches}} con ello',
  'clinical.correlation.needWithout': '{count, plural, one {# noche} other {# noches}} sin ello',
  'clinical.correlation.notEnough': '{name}: aún no hay suficientes noches. Faltan {needs}.',
  'clinical.correlation.result':
    '{name}: {kind, select, step {en las noches en que lo hizo} other {en las noches con ello}}, la intensidad media fue {withAverage, number, ::.0} ({withNights, plural, one {# noche} other {# noches}}); sin ello, {withoutAverage, number, ::.0} ({withoutNights, plural, one {# noche} other {# noches}}). Los síntomas fueron {trend, select, same {más o menos iguales en ambos casos} milder {más leves con ello} other {peores con ello}}.',

  'clinical.summary.disclaimer':
    'Hecho con Eventide a partir de los propios registros de la persona. Las valoraciones de 0–10 son la escala propia de la app, no una escala de valoración clínica. Eventide es un acompañante, no un diagnóstico, y no recomienda ningún medicamento con receta ni ninguna dosis.',
}
