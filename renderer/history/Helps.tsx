// "What seems to help": the comparisons with enough nights on both sides, the plain note that they are
// patterns and not proof, and how many more nights the others need.
import type { Comparison } from '../../shared/correlation.ts'
import { historyStrings } from '../strings-history.ts'

const s = historyStrings.history

export function Helps({ helps, note }: { helps: readonly Comparison[]; note: string }) {
  const enough = helps.filter((c) => c.enough)
  const waiting = helps.filter((c) => !c.enough)
  return (
    <section className="card" aria-labelledby="helps-heading">
      <h2 id="helps-heading">{s.helpsHeading}</h2>
      <p className="correlation-note">{note}</p>
      {helps.length === 0 && <p>{s.helpsNone}</p>}
      {enough.length > 0 && (
        <>
          <h3>{s.helpsEnough}</h3>
          <ul className="helps">
            {enough.map((c) => (
              <li key={`${c.kind}-${c.id}`}>{c.label}</li>
            ))}
          </ul>
        </>
      )}
      {waiting.length > 0 && (
        <>
          <h3>{s.helpsWaiting}</h3>
          <ul className="helps helps-waiting">
            {waiting.map((c) => (
              <li key={`${c.kind}-${c.id}`}>
                <span className="helps-name">{c.name}</span>:{' '}
                {s.moreNights(c.moreNeeded.with, c.moreNeeded.without)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
