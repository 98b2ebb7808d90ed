// English clinical texts made in shared/: cautions, the watch list's notes, lab bands, doctor prompts, the
// augmentation watch, "what seems to help" and the summary disclaimer. Spread into the catalogue (en.ts), so
// their keys are MessageKeys like any other. Facts from PROTOCOL.md; never advice to change a prescription.

export const clinicalEn = {
  // Cautions with a step (cautions.ts)
  'clinical.caution.magnesiumKidney':
    'Kidney disease: check with your kidney team before taking magnesium. It can build up when the kidneys clear it poorly. The dose means elemental magnesium (the amount on the label’s nutrition panel).',
  'clinical.caution.magnesiumPregnancy':
    'Pregnancy: ask your midwife or doctor before taking magnesium or any other supplement.',
  'clinical.caution.bathPregnancy':
    'Pregnancy: keep the bath warm, not hot. No soaks at 40 °C (104 °F) or above.',
  'clinical.caution.bathNeuropathy':
    'Reduced feeling in your feet: test the water with your hand or a thermometer before you get in, as hot water can scald without you feeling it.',
  'clinical.caution.socksNeuropathy':
    'Reduced feeling in your feet: warm with socks or wraps, not hot-water bottles or heated wraps left on the skin, which can burn without you feeling it.',
  'clinical.caution.compressionNeuropathy':
    'Compression socks are not for people with peripheral arterial disease (poor blood flow to the legs), which is more common with diabetes. Ask your doctor first.',

  // The watch list (watchlist-data.ts): each group read inside a sentence, why it is listed, and the notes
  'clinical.watch.sedating-antihistamine.label': 'an antihistamine that makes you drowsy',
  'clinical.watch.sedating-antihistamine.why':
    'Antihistamines that make you drowsy are in most over-the-counter sleep aids and in many travel-sickness and night-time cold remedies. These can make RLS worse in some people.',
  'clinical.watch.dopamine-blocker.label': 'an antipsychotic, a medicine that blocks dopamine',
  'clinical.watch.dopamine-blocker.why':
    'RLS involves the brain’s dopamine signals. Medicines that block dopamine can make RLS worse in some people, also at the low doses sometimes given for sleep.',
  'clinical.watch.partial-agonist.label': 'an antipsychotic that only partly blocks dopamine',
  'clinical.watch.partial-agonist.why':
    'This medicine partly stimulates dopamine signals as well as damping them (a “partial agonist”), so it is less likely than other antipsychotics to make RLS worse. It still can in some people.',
  'clinical.watch.anti-nausea.label': 'an anti-sickness medicine that blocks dopamine',
  'clinical.watch.anti-nausea.why':
    'Some anti-sickness medicines block dopamine in the brain, which can make RLS worse in some people.',
  'clinical.watch.antidepressant.label': 'an antidepressant',
  'clinical.watch.antidepressant.why':
    'Some antidepressants, including low doses taken for sleep or pain, can make RLS worse in some people. Others notice no change.',
  'clinical.watch.mood-stabilizer.label': 'a mood stabiliser',
  'clinical.watch.mood-stabilizer.why': 'Lithium can make RLS worse in some people.',
  'clinical.watch.blood-pressure.label': 'a blood-pressure or heart medicine',
  'clinical.watch.blood-pressure.why':
    'Some blood-pressure medicines (calcium-channel blockers and beta-blockers) seem to make RLS worse in some people.',
  'clinical.watch.lifestyle.label': 'alcohol, nicotine or caffeine',
  'clinical.watch.lifestyle.why':
    'Alcohol, nicotine and caffeine are common triggers, especially later in the day.',
  'clinical.watch.lower-risk-antihistamine.label': 'an antihistamine that does not make you drowsy',
  'clinical.watch.lower-risk-antihistamine.why':
    'Antihistamines that do not make you drowsy are a lower-risk choice for RLS than the drowsy kind.',
  'clinical.watch.note.prescription':
    'Can worsen RLS in some people. Talk to your prescriber; do not stop a prescription on your own.',
  'clinical.watch.note.otc':
    'Can worsen RLS in some people. Ask a pharmacist or doctor about an alternative.',
  'clinical.watch.note.either':
    'Can worsen RLS in some people. If you bought it yourself, ask a pharmacist or doctor about an alternative; if it was prescribed, talk to your prescriber and do not stop it on your own.',
  'clinical.watch.note.partialAgonist':
    'Less likely than other antipsychotics to worsen RLS, but it can in some people. Talk to your prescriber; do not stop a prescription on your own.',
  'clinical.watch.note.lifestyle': 'Can worsen RLS in some people, especially in the evening.',
  'clinical.watch.note.lowerRisk': 'Lower risk for RLS than antihistamines that make you drowsy.',
  'clinical.watch.note.brandCaveat':
    'Brand names can hold different ingredients in different countries and product lines: check the label.',

  // Lab results (labs.ts)
  'clinical.lab.ferritin.label': 'Ferritin',
  'clinical.lab.ferritin.name': 'ferritin',
  'clinical.lab.tsat.label': 'Transferrin saturation (TSAT)',
  'clinical.lab.tsat.name': 'TSAT',
  'clinical.lab.vitaminD.label': 'Vitamin D (25-OH)',
  'clinical.lab.vitaminD.name': 'vitamin D',
  'clinical.lab.band.ferritinMinimum': 'Minimum for restless legs',
  'clinical.lab.band.ferritinTarget': 'Target for restless legs',
  'clinical.lab.band.tsatNotLow': 'Not low',
  'clinical.lab.band.vitaminDTarget': 'Target',
  'clinical.lab.ironHighNote':
    'If you take iron, ask your doctor before continuing it: too much iron is harmful too. Inflammation can also raise ferritin.',
  'clinical.lab.ferritin.low':
    'Below 50 ng/mL: low for restless legs, even where the lab calls it normal. Worth raising with your doctor.',
  'clinical.lab.ferritin.borderline':
    '50–75 ng/mL: at the minimum for restless legs. The guideline looks at iron treatment up to 75; many people need over 100.',
  'clinical.lab.ferritin.target':
    'Above 75 ng/mL: ferritin is in the target range for restless legs. Your TSAT counts too: it should be 20 % or more.',
  'clinical.lab.ferritin.above': 'Above 300 ng/mL: higher than needed. {ironHighNote}',
  'clinical.lab.tsat.low': 'Below 20 %: low, whatever your ferritin. Worth raising with your doctor.',
  'clinical.lab.tsat.target': '20–45 %: not in the low range.',
  'clinical.lab.tsat.above':
    'Above 45 %: high. If you take iron, ask your doctor before continuing it: too much iron is harmful too.',
  'clinical.lab.vitaminD.low': 'Below 20 ng/mL (50 nmol/L): under even the usual lab minimum.',
  'clinical.lab.vitaminD.borderline':
    '20–40 ng/mL (50–100 nmol/L): within lab range, but below the 40–60 ng/mL (100–150 nmol/L) target.',
  'clinical.lab.vitaminD.target': '40–60 ng/mL (100–150 nmol/L): in the target range.',
  'clinical.lab.vitaminD.above': 'Above 60 ng/mL (150 nmol/L): higher than the 40–60 ng/mL target.',
  'clinical.iron.values': 'ferritin {ferritin, number} ng/mL on {ferritinDate}',
  'clinical.iron.valuesWithTsat':
    'ferritin {ferritin, number} ng/mL on {ferritinDate}, TSAT {tsat, number} % on {tsatDate}',
  'clinical.iron.high': 'Your iron may be high ({values}). {ironHighNote}',
  'clinical.iron.treatFerritin':
    'Your iron is below the target for restless legs ({values}): ferritin is 75 or below. Worth raising with your doctor.',
  'clinical.iron.treatTsat':
    'Your iron is below the target for restless legs ({values}): TSAT is below 20 %, even though ferritin is above 75. Worth raising with your doctor.',
  'clinical.iron.target': 'Your ferritin is in the target range for restless legs ({values}).',
  'clinical.iron.targetNoTsat':
    'Your ferritin is in the target range for restless legs ({values}). No TSAT is logged for it; ask for one with your next ferritin.',

  // Doctor prompts (prompts.ts)
  'clinical.prompt.severe.title': 'Your nights have been hard. A doctor can help',
  'clinical.prompt.severe.body':
    'When restless legs keep you from sleeping night after night, it is worth seeing a doctor rather than waiting it out.',
  'clinical.prompt.severe.reason':
    '{count, plural, one {Your last check-in, on {last},} other {Your last # check-ins, {first} to {last},}} rated symptoms {severe} or more out of 10.',
  'clinical.prompt.severe.forDoctor':
    'The patient rated symptoms {severe} or more out of 10 on {count, plural, one {# check-in} other {# check-ins in a row}}, {first} to {last}.',
  'clinical.prompt.ferritinLow.title': 'Ask your doctor about your iron',
  'clinical.prompt.ferritinLow.body':
    'Iron taken by mouth has not raised your ferritin much. Ask your doctor whether IV iron, or a check for absorption problems such as coeliac disease, makes sense.',
  'clinical.prompt.ferritinLow.reason':
    'Your ferritin was {value, number} ng/mL on {date}, 3 months or more after you started iron on {start}.',
  'clinical.prompt.ferritinLow.forDoctor':
    'Ferritin {value, number} ng/mL on {date}, after oral iron since {start} (3 months or more).',
  'clinical.prompt.ironHigh.title': 'Ask your doctor before continuing iron',
  'clinical.prompt.ironHigh.body':
    'Your latest result is above the usual range for people taking iron. Too much iron is harmful too, so check with your doctor before you carry on. A high ferritin can also come from inflammation.',
  'clinical.prompt.ironHigh.reason':
    'Your {values}, while iron is on your list (above {ferritinHigh, number} ng/mL or {tsatHigh, number} % is the point to ask).',
  'clinical.prompt.ironHigh.forDoctor': 'Possible iron excess while taking oral iron: {values}.',
  'clinical.prompt.treatment.title': 'Time to discuss treatment with your doctor',
  'clinical.prompt.treatment.body':
    'Your iron is in the target range, you have kept up the evening routine, and your symptoms are still strong. That makes treatment a conversation worth having with your doctor.',
  'clinical.prompt.treatment.reason':
    'Your ferritin was {value, number} ng/mL{hasTsat, select, yes { and TSAT {tsat, number} %} other {}} on {date}; your last {count, plural, one {check-in} other {# check-ins}} ({first} to {last}) averaged {mean, number, ::.0} out of 10, with {percent, number} % of planned evening steps done.',
  'clinical.prompt.treatment.forDoctor':
    'Symptoms still strong (average {mean, number, ::.0}/10 over {count, plural, one {# check-in} other {# check-ins}} to {last}) with ferritin {value, number} ng/mL{hasTsat, select, yes { and TSAT {tsat, number} %} other {}} on {date} and {percent, number} % of the evening routine done.',
  'clinical.prompt.medication.title':
    'Ask your prescriber or pharmacist whether a medicine could be adding to your symptoms',
  'clinical.prompt.medication.body':
    'Some medicines can make restless legs worse in some people. Your prescriber or pharmacist can tell you whether it matters for you. Do not stop a prescription medicine on your own.',
  'clinical.prompt.medication.reason':
    '“{name}” on your medicine list is {groups}, which is on the watch list.',
  'clinical.prompt.medication.forDoctor':
    '“{name}” on the patient’s list is {groups}, which can worsen RLS in some people.',
  'clinical.prompt.pregnancy.title': 'Talk to your doctor or midwife about restless legs',
  'clinical.prompt.pregnancy.body':
    'Restless legs are common in pregnancy. Your doctor or midwife can check your iron and talk through what is safe for you.',
  'clinical.prompt.pregnancy.reason': 'You noted in settings that you are pregnant.',
  'clinical.prompt.pregnancy.forDoctor': 'The patient noted a pregnancy.',
  'clinical.prompt.kidney.title': 'Mention your restless legs to your kidney team',
  'clinical.prompt.kidney.body':
    'Restless legs are common with kidney disease, and the right approach depends on your kidney care. Your doctor can advise.',
  'clinical.prompt.kidney.reason': 'You noted kidney disease in settings.',
  'clinical.prompt.kidney.forDoctor': 'The patient noted kidney disease.',
  'clinical.prompt.malabsorption.title': 'Ask your doctor whether iron by mouth is enough for you',
  'clinical.prompt.malabsorption.body':
    'Coeliac disease, inflammatory bowel disease and weight-loss surgery can keep iron taken by mouth from being absorbed. Ask your doctor whether IV iron makes sense for you.',
  'clinical.prompt.malabsorption.reason':
    'You noted in settings a condition that affects absorption (coeliac disease, IBD or bariatric surgery).',
  'clinical.prompt.malabsorption.forDoctor':
    'The patient noted a malabsorption condition (coeliac disease, IBD or bariatric surgery); IV iron may be worth considering.',

  // The augmentation watch (augmentation-prompt.ts)
  'clinical.quoted': '“{name}”',
  'clinical.aug.earlierOnset':
    'Symptoms started around {latestClock} (median) from {latestFrom} to {latestTo}, {earlier} earlier than around {beforeClock} from {beforeFrom} to {beforeTo}.',
  'clinical.aug.spread':
    'Symptoms reached the arms or trunk on {count, plural, one {# night} other {# nights}}: {nights}.',
  'clinical.aug.shorterRest':
    'Time still before symptoms was {latestRest} (median) from {latestFrom} to {latestTo}, down from {beforeRest} from {beforeFrom} to {beforeTo}.',
  // How long the person could stay still, read inside a sentence
  'clinical.aug.rest.under15': 'under 15 minutes',
  'clinical.aug.rest.15to30': '15–30 minutes',
  'clinical.aug.rest.30to60': '30–60 minutes',
  'clinical.aug.rest.60to120': '1–2 hours',
  'clinical.aug.rest.over120': 'over 2 hours',
  'clinical.aug.prompt.title': 'Ask your prescriber to look at how your symptoms are changing',
  'clinical.aug.prompt.body':
    'Symptoms that start earlier, come on sooner at rest or spread to the arms or trunk while taking a dopamine-type medicine are a pattern called augmentation. It needs your prescriber’s view. Do not change or stop the medicine on your own.',
  'clinical.aug.prompt.reason':
    '{findings} {count, plural, one {{names} is a dopamine-type medicine} other {{names} are dopamine-type medicines}} on your treatment log.',
  'clinical.aug.prompt.forDoctor': 'Possible augmentation on {names}, in the check-ins up to {last}.',
  'clinical.aug.changing.title': 'Your symptoms are changing',
  'clinical.aug.changing.body':
    'Your check-ins show your symptoms changing over the last weeks. It is worth mentioning at your next doctor’s visit.',
  'clinical.aug.changing.forDoctor':
    'The patient’s symptoms are changing, in the check-ins up to {last} (no dopamine-type medicine on the treatment log).',

  // "What seems to help" (correlation.ts)
  'clinical.correlation.note':
    'These comparisons come from your own nights. They show patterns, not proof that one thing causes another.',
  'clinical.correlation.needWith': '{count, plural, one {# night} other {# nights}} with it',
  'clinical.correlation.needWithout': '{count, plural, one {# night} other {# nights}} without it',
  'clinical.correlation.notEnough': '{name}: not enough nights yet. Needs {needs}.',
  'clinical.correlation.result':
    '{name}: {kind, select, step {On nights you did it} other {On nights with it}}, severity averaged {withAverage, number, ::.0} ({withNights, plural, one {# night} other {# nights}}); without it, {withoutAverage, number, ::.0} ({withoutNights, plural, one {# night} other {# nights}}). Symptoms were {trend, select, same {about the same either way} milder {milder with it} other {worse with it}}.',

  // The summary for a doctor's visit (summary-view.ts)
  'clinical.summary.disclaimer':
    'Made with Eventide from the person’s own entries. The 0–10 ratings are the app’s own scale, not a clinical rating scale. Eventide is a companion, not a diagnosis, and recommends no prescription drug or dose.',
} as const
