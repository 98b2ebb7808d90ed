// "40 min before bed" / "at 19:00" for a step's default timing.
import type { StepSetting } from '../../shared/settings.ts'
import { strings } from '../strings.ts'

export function timingText(step: StepSetting): string {
  return step.anchor === 'bedtime'
    ? strings.timing.beforeBed(-step.offsetMinutes)
    : strings.timing.atClock(step.time)
}
