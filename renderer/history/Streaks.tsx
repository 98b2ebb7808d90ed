// Current and best streaks of complete evenings.
import type { Streak } from '../../shared/streaks.ts'
import { historyStrings } from '../strings-history.ts'

const s = historyStrings.history

function StreakItem({ name, streak }: { name: string; streak: Streak }) {
  return (
    <div className="streak">
      <dt>{name}</dt>
      <dd>
        <span className="streak-value">{s.streakValue(streak.length)}</span>
        {streak.from && streak.to && <span className="muted"> ({s.streakSpan(streak.from, streak.to)})</span>}
      </dd>
    </div>
  )
}

export function Streaks({ current, best }: { current: Streak; best: Streak }) {
  return (
    <section className="card" aria-labelledby="streaks-heading">
      <h2 id="streaks-heading">{s.streaksHeading}</h2>
      <dl className="streaks">
        <StreakItem name={s.streakCurrent} streak={current} />
        <StreakItem name={s.streakBest} streak={best} />
      </dl>
      <p className="hint">{s.streakNote}</p>
    </section>
  )
}
