// German clinical texts: the same meaning, numbers and units as clinical-en.ts, formal address (Sie).
// Typed against the English keys, so a missing or extra key is a type error.
import type { clinicalEn } from './clinical-en.ts'

export const clinicalDe: Record<keyof typeof clinicalEn, string> = {
  'clinical.caution.magnesiumKidney':
    'Nierenerkrankung: Sprechen Sie mit Ihrem Nierenteam, bevor Sie Magnesium einnehmen. Es kann sich anreichern, wenn die Nieren es schlecht ausscheiden. Die Dosis meint elementares Magnesium (die Menge in der Nährwerttabelle auf dem Etikett).',
  'clinical.caution.magnesiumPregnancy':
    'Schwangerschaft: Fragen Sie Ihre Hebamme oder Ihre Ärztin bzw. Ihren Arzt, bevor Sie Magnesium oder ein anderes Nahrungsergänzungsmittel einnehmen.',
  'clinical.caution.bathPregnancy':
    'Schwangerschaft: Baden Sie warm, nicht heiß. Kein Vollbad bei 40 °C (104 °F) oder mehr.',
  'clinical.caution.bathNeuropathy':
    'Vermindertes Gefühl in den Füßen: Prüfen Sie das Wasser mit der Hand oder einem Thermometer, bevor Sie hineinsteigen, denn heißes Wasser kann Sie verbrühen, ohne dass Sie es spüren.',
  'clinical.caution.socksNeuropathy':
    'Vermindertes Gefühl in den Füßen: Wärmen Sie mit Socken oder Wickeln, nicht mit Wärmflaschen oder beheizten Wickeln auf der Haut, die Verbrennungen verursachen können, ohne dass Sie es spüren.',
  'clinical.caution.compressionNeuropathy':
    'Kompressionsstrümpfe sind nicht für Menschen mit peripherer arterieller Verschlusskrankheit (schlechter Durchblutung der Beine), die bei Diabetes häufiger ist. Fragen Sie zuerst Ihre Ärztin oder Ihren Arzt.',

  'clinical.watch.sedating-antihistamine.label': 'ein Antihistaminikum, das müde macht',
  'clinical.watch.sedating-antihistamine.why':
    'Antihistaminika, die müde machen, stecken in den meisten rezeptfreien Schlafmitteln und in vielen Mitteln gegen Reiseübelkeit und Erkältungsmitteln für die Nacht. Sie können RLS bei manchen Menschen verschlimmern.',
  'clinical.watch.dopamine-blocker.label': 'ein Antipsychotikum, ein Medikament, das Dopamin blockiert',
  'clinical.watch.dopamine-blocker.why':
    'Bei RLS spielen die Dopaminsignale des Gehirns eine Rolle. Medikamente, die Dopamin blockieren, können RLS bei manchen Menschen verschlimmern, auch in den niedrigen Dosen, die manchmal zum Schlafen gegeben werden.',
  'clinical.watch.partial-agonist.label': 'ein Antipsychotikum, das Dopamin nur teilweise blockiert',
  'clinical.watch.partial-agonist.why':
    'Dieses Medikament regt Dopaminsignale teilweise an und dämpft sie zugleich (ein „partieller Agonist“), daher verschlimmert es RLS seltener als andere Antipsychotika. Bei manchen Menschen kann es das dennoch.',
  'clinical.watch.anti-nausea.label': 'ein Mittel gegen Übelkeit, das Dopamin blockiert',
  'clinical.watch.anti-nausea.why':
    'Manche Mittel gegen Übelkeit blockieren Dopamin im Gehirn, was RLS bei manchen Menschen verschlimmern kann.',
  'clinical.watch.antidepressant.label': 'ein Antidepressivum',
  'clinical.watch.antidepressant.why':
    'Manche Antidepressiva, auch in niedrigen Dosen gegen Schlafprobleme oder Schmerzen, können RLS bei manchen Menschen verschlimmern. Andere bemerken keine Veränderung.',
  'clinical.watch.mood-stabilizer.label': 'ein Stimmungsstabilisierer',
  'clinical.watch.mood-stabilizer.why': 'Lithium kann RLS bei manchen Menschen verschlimmern.',
  'clinical.watch.blood-pressure.label': 'ein Blutdruck- oder Herzmedikament',
  'clinical.watch.blood-pressure.why':
    'Manche Blutdruckmedikamente (Calciumkanalblocker und Betablocker) scheinen RLS bei manchen Menschen zu verschlimmern.',
  'clinical.watch.lifestyle.label': 'Alkohol, Nikotin oder Koffein',
  'clinical.watch.lifestyle.why':
    'Alkohol, Nikotin und Koffein sind häufige Auslöser, besonders später am Tag.',
  'clinical.watch.lower-risk-antihistamine.label': 'ein Antihistaminikum, das nicht müde macht',
  'clinical.watch.lower-risk-antihistamine.why':
    'Antihistaminika, die nicht müde machen, sind bei RLS eine risikoärmere Wahl als die, die müde machen.',
  'clinical.watch.note.prescription':
    'Kann RLS bei manchen Menschen verschlimmern. Sprechen Sie mit der verschreibenden Ärztin oder dem verschreibenden Arzt; setzen Sie ein verschriebenes Medikament nicht eigenmächtig ab.',
  'clinical.watch.note.otc':
    'Kann RLS bei manchen Menschen verschlimmern. Fragen Sie in der Apotheke oder Ihre Ärztin bzw. Ihren Arzt nach einer Alternative.',
  'clinical.watch.note.either':
    'Kann RLS bei manchen Menschen verschlimmern. Wenn Sie es selbst gekauft haben, fragen Sie in der Apotheke oder Ihre Ärztin bzw. Ihren Arzt nach einer Alternative; wenn es Ihnen verschrieben wurde, sprechen Sie mit der verschreibenden Ärztin oder dem verschreibenden Arzt und setzen Sie es nicht eigenmächtig ab.',
  'clinical.watch.note.partialAgonist':
    'Verschlimmert RLS seltener als andere Antipsychotika, kann es bei manchen Menschen aber tun. Sprechen Sie mit der verschreibenden Ärztin oder dem verschreibenden Arzt; setzen Sie ein verschriebenes Medikament nicht eigenmächtig ab.',
  'clinical.watch.note.lifestyle': 'Kann RLS bei manchen Menschen verschlimmern, besonders am Abend.',
  'clinical.watch.note.lowerRisk': 'Geringeres Risiko für RLS als Antihistaminika, die müde machen.',
  'clinical.watch.note.brandCaveat':
    'Unter demselben Markennamen können je nach Land und Produktlinie verschiedene Wirkstoffe stecken: Prüfen Sie das Etikett.',

  'clinical.lab.ferritin.label': 'Ferritin',
  'clinical.lab.ferritin.name': 'Ferritin',
  'clinical.lab.tsat.label': 'Transferrinsättigung (TSAT)',
  'clinical.lab.tsat.name': 'TSAT',
  'clinical.lab.vitaminD.label': 'Vitamin D (25-OH)',
  'clinical.lab.vitaminD.name': 'Vitamin D',
  'clinical.lab.band.ferritinMinimum': 'Minimum bei unruhigen Beinen',
  'clinical.lab.band.ferritinTarget': 'Zielbereich bei unruhigen Beinen',
  'clinical.lab.band.tsatNotLow': 'Nicht niedrig',
  'clinical.lab.band.vitaminDTarget': 'Zielbereich',
  'clinical.lab.ironHighNote':
    'Wenn Sie Eisen einnehmen, fragen Sie Ihre Ärztin oder Ihren Arzt, bevor Sie damit weitermachen: Zu viel Eisen schadet ebenfalls. Auch Entzündungen können das Ferritin erhöhen.',
  'clinical.lab.ferritin.low':
    'Unter 50 ng/mL: niedrig bei unruhigen Beinen, auch wenn das Labor es normal nennt. Sprechen Sie es bei Ihrer Ärztin oder Ihrem Arzt an.',
  'clinical.lab.ferritin.borderline':
    '50–75 ng/mL: am Minimum bei unruhigen Beinen. Die Leitlinie zieht eine Eisenbehandlung bis 75 in Betracht; viele Menschen brauchen über 100.',
  'clinical.lab.ferritin.target':
    'Über 75 ng/mL: Das Ferritin liegt im Zielbereich bei unruhigen Beinen. Auch Ihre TSAT zählt: Sie sollte 20 % oder mehr betragen.',
  'clinical.lab.ferritin.above': 'Über 300 ng/mL: höher als nötig. {ironHighNote}',
  'clinical.lab.tsat.low':
    'Unter 20 %: niedrig, unabhängig von Ihrem Ferritin. Sprechen Sie es bei Ihrer Ärztin oder Ihrem Arzt an.',
  'clinical.lab.tsat.target': '20–45 %: nicht im niedrigen Bereich.',
  'clinical.lab.tsat.above':
    'Über 45 %: hoch. Wenn Sie Eisen einnehmen, fragen Sie Ihre Ärztin oder Ihren Arzt, bevor Sie damit weitermachen: Zu viel Eisen schadet ebenfalls.',
  'clinical.lab.vitaminD.low': 'Unter 20 ng/mL (50 nmol/L): sogar unter dem üblichen Labor-Minimum.',
  'clinical.lab.vitaminD.borderline':
    '20–40 ng/mL (50–100 nmol/L): im Laborbereich, aber unter dem Ziel von 40–60 ng/mL (100–150 nmol/L).',
  'clinical.lab.vitaminD.target': '40–60 ng/mL (100–150 nmol/L): im Zielbereich.',
  'clinical.lab.vitaminD.above': 'Über 60 ng/mL (150 nmol/L): höher als das Ziel von 40–60 ng/mL.',
  'clinical.iron.values': 'Ferritin {ferritin, number} ng/mL am {ferritinDate}',
  'clinical.iron.valuesWithTsat':
    'Ferritin {ferritin, number} ng/mL am {ferritinDate}, TSAT {tsat, number} % am {tsatDate}',
  'clinical.iron.high': 'Ihr Eisen ist möglicherweise zu hoch ({values}). {ironHighNote}',
  'clinical.iron.treatFerritin':
    'Ihr Eisen liegt unter dem Ziel bei unruhigen Beinen ({values}): Das Ferritin liegt bei 75 oder darunter. Sprechen Sie es bei Ihrer Ärztin oder Ihrem Arzt an.',
  'clinical.iron.treatTsat':
    'Ihr Eisen liegt unter dem Ziel bei unruhigen Beinen ({values}): Die TSAT liegt unter 20 %, obwohl das Ferritin über 75 liegt. Sprechen Sie es bei Ihrer Ärztin oder Ihrem Arzt an.',
  'clinical.iron.target': 'Ihr Ferritin liegt im Zielbereich bei unruhigen Beinen ({values}).',
  'clinical.iron.targetNoTsat':
    'Ihr Ferritin liegt im Zielbereich bei unruhigen Beinen ({values}). Dazu ist keine TSAT eingetragen; fragen Sie beim nächsten Ferritin nach einer.',

  'clinical.prompt.severe.title': 'Ihre Nächte waren schwer. Ein Arzt kann helfen',
  'clinical.prompt.severe.body':
    'Wenn unruhige Beine Sie Nacht für Nacht am Schlafen hindern, lohnt sich ein Arztbesuch, statt abzuwarten.',
  'clinical.prompt.severe.reason':
    '{count, plural, one {Bei Ihrem letzten Check-in am {last}} other {Bei Ihren letzten # Check-ins, {first} bis {last},}} haben Sie die Beschwerden mit {severe} oder mehr von 10 bewertet.',
  'clinical.prompt.severe.forDoctor':
    'Die Person bewertete die Beschwerden bei {count, plural, one {# Check-in} other {# Check-ins in Folge}} mit {severe} oder mehr von 10, {first} bis {last}.',
  'clinical.prompt.ferritinLow.title': 'Fragen Sie Ihre Ärztin oder Ihren Arzt nach Ihrem Eisen',
  'clinical.prompt.ferritinLow.body':
    'Eisen zum Einnehmen hat Ihr Ferritin kaum erhöht. Fragen Sie Ihre Ärztin oder Ihren Arzt, ob Eisen als Infusion oder eine Untersuchung auf Aufnahmestörungen wie Zöliakie sinnvoll ist.',
  'clinical.prompt.ferritinLow.reason':
    'Ihr Ferritin lag am {date} bei {value, number} ng/mL, 3 Monate oder mehr nachdem Sie am {start} mit Eisen begonnen haben.',
  'clinical.prompt.ferritinLow.forDoctor':
    'Ferritin {value, number} ng/mL am {date}, nach Eisen zum Einnehmen seit {start} (3 Monate oder mehr).',
  'clinical.prompt.ironHigh.title':
    'Fragen Sie Ihre Ärztin oder Ihren Arzt, bevor Sie mit Eisen weitermachen',
  'clinical.prompt.ironHigh.body':
    'Ihr letzter Wert liegt über dem üblichen Bereich für Menschen, die Eisen einnehmen. Zu viel Eisen schadet ebenfalls, also fragen Sie Ihre Ärztin oder Ihren Arzt, bevor Sie weitermachen. Ein hohes Ferritin kann auch von einer Entzündung kommen.',
  'clinical.prompt.ironHigh.reason':
    'Ihre Werte: {values}, während Eisen auf Ihrer Liste steht (über {ferritinHigh, number} ng/mL oder {tsatHigh, number} % ist der Punkt, um nachzufragen).',
  'clinical.prompt.ironHigh.forDoctor': 'Möglicher Eisenüberschuss unter Eisen zum Einnehmen: {values}.',
  'clinical.prompt.treatment.title':
    'Zeit, mit Ihrer Ärztin oder Ihrem Arzt über eine Behandlung zu sprechen',
  'clinical.prompt.treatment.body':
    'Ihr Eisen liegt im Zielbereich, Sie haben die Abendroutine eingehalten, und Ihre Beschwerden sind immer noch stark. Damit lohnt sich ein Gespräch mit Ihrer Ärztin oder Ihrem Arzt über eine Behandlung.',
  'clinical.prompt.treatment.reason':
    'Ihr Ferritin lag am {date} bei {value, number} ng/mL{hasTsat, select, yes { und die TSAT bei {tsat, number} %} other {}}; {count, plural, one {Ihr letzter Check-in ({first} bis {last}) ergab} other {Ihre letzten # Check-ins ({first} bis {last}) ergaben}} im Durchschnitt {mean, number, ::.0} von 10, bei {percent, number} % erledigten geplanten Abendschritten.',
  'clinical.prompt.treatment.forDoctor':
    'Beschwerden weiterhin stark (Durchschnitt {mean, number, ::.0}/10 über {count, plural, one {# Check-in} other {# Check-ins}} bis {last}) bei Ferritin {value, number} ng/mL{hasTsat, select, yes { und TSAT {tsat, number} %} other {}} am {date} und {percent, number} % erledigter Abendroutine.',
  'clinical.prompt.medication.title':
    'Fragen Sie Ihre verschreibende Ärztin bzw. Ihren verschreibenden Arzt oder die Apotheke, ob ein Medikament zu Ihren Beschwerden beitragen könnte',
  'clinical.prompt.medication.body':
    'Manche Medikamente können unruhige Beine bei manchen Menschen verschlimmern. Ihre verschreibende Ärztin bzw. Ihr verschreibender Arzt oder die Apotheke kann Ihnen sagen, ob das für Sie eine Rolle spielt. Setzen Sie ein verschriebenes Medikament nicht eigenmächtig ab.',
  'clinical.prompt.medication.reason':
    '„{name}“ auf Ihrer Medikamentenliste ist {groups} und steht damit auf der Beobachtungsliste.',
  'clinical.prompt.medication.forDoctor':
    '„{name}“ auf der Liste der Person ist {groups} und kann RLS bei manchen Menschen verschlimmern.',
  'clinical.prompt.pregnancy.title':
    'Sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder Ihrer Hebamme über unruhige Beine',
  'clinical.prompt.pregnancy.body':
    'Unruhige Beine sind in der Schwangerschaft häufig. Ihre Ärztin, Ihr Arzt oder Ihre Hebamme kann Ihr Eisen prüfen und mit Ihnen besprechen, was für Sie sicher ist.',
  'clinical.prompt.pregnancy.reason': 'Sie haben in den Einstellungen angegeben, dass Sie schwanger sind.',
  'clinical.prompt.pregnancy.forDoctor': 'Die Person gab eine Schwangerschaft an.',
  'clinical.prompt.kidney.title': 'Erwähnen Sie Ihre unruhigen Beine bei Ihrem Nierenteam',
  'clinical.prompt.kidney.body':
    'Unruhige Beine sind bei Nierenerkrankungen häufig, und das richtige Vorgehen hängt von Ihrer Nierenbehandlung ab. Ihre Ärztin oder Ihr Arzt kann Sie beraten.',
  'clinical.prompt.kidney.reason': 'Sie haben in den Einstellungen eine Nierenerkrankung angegeben.',
  'clinical.prompt.kidney.forDoctor': 'Die Person gab eine Nierenerkrankung an.',
  'clinical.prompt.malabsorption.title':
    'Fragen Sie Ihre Ärztin oder Ihren Arzt, ob Eisen zum Einnehmen für Sie ausreicht',
  'clinical.prompt.malabsorption.body':
    'Zöliakie, chronisch-entzündliche Darmerkrankungen und Operationen zur Gewichtsabnahme können verhindern, dass Eisen zum Einnehmen aufgenommen wird. Fragen Sie Ihre Ärztin oder Ihren Arzt, ob Eisen als Infusion für Sie sinnvoll ist.',
  'clinical.prompt.malabsorption.reason':
    'Sie haben in den Einstellungen eine Erkrankung angegeben, die die Aufnahme beeinträchtigt (Zöliakie, CED oder bariatrische Operation).',
  'clinical.prompt.malabsorption.forDoctor':
    'Die Person gab eine Malabsorptionserkrankung an (Zöliakie, CED oder bariatrische Operation); Eisen als Infusion kann eine Überlegung wert sein.',

  'clinical.quoted': '„{name}“',
  'clinical.aug.earlierOnset':
    'Die Beschwerden begannen vom {latestFrom} bis {latestTo} gegen {latestClock} (Median), {earlier} früher als vom {beforeFrom} bis {beforeTo} gegen {beforeClock}.',
  'clinical.aug.spread':
    'Die Beschwerden erreichten in {count, plural, one {# Nacht} other {# Nächten}} die Arme oder den Rumpf: {nights}.',
  'clinical.aug.shorterRest':
    'Die Zeit in Ruhe bis zu den Beschwerden betrug vom {latestFrom} bis {latestTo} {latestRest} (Median), zuvor {beforeRest} vom {beforeFrom} bis {beforeTo}.',
  'clinical.aug.rest.under15': 'unter 15 Minuten',
  'clinical.aug.rest.15to30': '15–30 Minuten',
  'clinical.aug.rest.30to60': '30–60 Minuten',
  'clinical.aug.rest.60to120': '1–2 Stunden',
  'clinical.aug.rest.over120': 'über 2 Stunden',
  'clinical.aug.prompt.title':
    'Bitten Sie Ihre verschreibende Ärztin bzw. Ihren verschreibenden Arzt, sich die Veränderung Ihrer Beschwerden anzusehen',
  'clinical.aug.prompt.body':
    'Beschwerden, die unter einem dopaminartigen Medikament früher beginnen, in Ruhe schneller einsetzen oder sich auf Arme oder Rumpf ausbreiten, sind ein Muster namens Augmentation. Es braucht die Einschätzung Ihrer verschreibenden Ärztin bzw. Ihres verschreibenden Arztes. Ändern Sie das Medikament nicht eigenmächtig und setzen Sie es nicht eigenmächtig ab.',
  'clinical.aug.prompt.reason':
    '{findings} {count, plural, one {{names} ist ein dopaminartiges Medikament} other {{names} sind dopaminartige Medikamente}} auf Ihrer Behandlungsliste.',
  'clinical.aug.prompt.forDoctor': 'Mögliche Augmentation unter {names}, in den Check-ins bis {last}.',
  'clinical.aug.changing.title': 'Ihre Beschwerden verändern sich',
  'clinical.aug.changing.body':
    'Ihre Check-ins zeigen, dass sich Ihre Beschwerden in den letzten Wochen verändern. Es lohnt sich, das beim nächsten Arztbesuch zu erwähnen.',
  'clinical.aug.changing.forDoctor':
    'Die Beschwerden der Person verändern sich, in den Check-ins bis {last} (kein dopaminartiges Medikament auf der Behandlungsliste).',

  'clinical.correlation.note':
    'Diese Vergleiche stammen aus Ihren eigenen Nächten. Sie zeigen Muster, keinen Beweis, dass das eine das andere verursacht.',
  'clinical.correlation.needWith': '{count, plural, one {# Nacht} other {# Nächte}} damit',
  'clinical.correlation.needWithout': '{count, plural, one {# Nacht} other {# Nächte}} ohne',
  'clinical.correlation.notEnough': '{name}: noch nicht genug Nächte. Es fehlen {needs}.',
  'clinical.correlation.result':
    '{name}: {kind, select, step {In Nächten, in denen Sie es gemacht haben} other {In Nächten damit}}, lagen die Beschwerden im Durchschnitt bei {withAverage, number, ::.0} ({withNights, plural, one {# Nacht} other {# Nächte}}); ohne bei {withoutAverage, number, ::.0} ({withoutNights, plural, one {# Nacht} other {# Nächte}}). Die Beschwerden waren {trend, select, same {in beiden Fällen etwa gleich} milder {damit milder} other {damit stärker}}.',

  'clinical.summary.disclaimer':
    'Mit Eventide aus den eigenen Einträgen der Person erstellt. Die Bewertungen von 0–10 sind die eigene Skala der App, keine klinische Bewertungsskala. Eventide ist ein Begleiter, keine Diagnose, und empfiehlt kein verschreibungspflichtiges Medikament und keine Dosis.',
}
