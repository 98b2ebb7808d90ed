// Current and best streaks of complete evenings; in a first week, what will appear here and when instead.
import type { Streak } from '../../shared/streaks.ts'
import { historyStrings } from '../strings-history.ts'
import { looksStrings } from '../strings-looks.ts'

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

interface Props {
  current: Streak
  best: Streak
  /** Set while fewer than a week of nights are recorded: how many there are and how many are to come. */
  firstWeek?: { recorded: number; left: number } | undefined
}

export function Streaks({ current, best, firstWeek }: Props) {
  if (firstWeek) {
    return (
      <section className="card first-week" aria-labelledby="streaks-heading">
        <h2 id="streaks-heading">{s.streaksHeading}</h2>
        <p>{s.firstWeek}</p>
        <p className="first-week-progress">
          {looksStrings.firstWeek.progress(firstWeek.recorded, firstWeek.left)}
        </p>
      </section>
    )
  }
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
