// A window reopens where it was left only if the person can still reach its title bar on a screen they have.
import { describe, expect, it } from 'vitest'
import { placeWindow } from '../../shared/window-place.ts'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const dockedRight = { x: 1440, y: 0, width: 2560, height: 1440 }
const minimum = { width: 360, height: 420 }

describe('placeWindow', () => {
  it('gives nothing when no place was remembered: the window opens at its default', () => {
    expect(placeWindow(undefined, [laptop], minimum)).toBeNull()
  })

  it('keeps a remembered place that lies on a screen', () => {
    const saved = { x: 200, y: 100, width: 600, height: 700 }
    expect(placeWindow(saved, [laptop], minimum)).toEqual(saved)
  })

  it('forgets a place on a monitor that is gone (the laptop left its dock)', () => {
    const onMonitor = { x: 2000, y: 300, width: 600, height: 700 }
    expect(placeWindow(onMonitor, [laptop, dockedRight], minimum)).toEqual(onMonitor)
    expect(placeWindow(onMonitor, [laptop], minimum)).toBeNull()
  })

  it('keeps a window whose title bar can still be grabbed, moved wholly onto that screen', () => {
    // 140 px of the top edge remain on the laptop's right.
    const halfOff = { x: 1300, y: 100, width: 600, height: 700 }
    expect(placeWindow(halfOff, [laptop], minimum)).toEqual({ x: 840, y: 100, width: 600, height: 700 })
  })

  it('keeps a window with exactly enough title bar to grab, and moves one hanging below the screen up onto it', () => {
    // 120 px of the top edge on the laptop: just enough to grab.
    expect(placeWindow({ x: 1320, y: 100, width: 600, height: 700 }, [laptop], minimum)).toEqual({
      x: 840,
      y: 100,
      width: 600,
      height: 700,
    })
    expect(placeWindow({ x: 100, y: 500, width: 600, height: 700 }, [laptop], minimum)).toEqual({
      x: 100,
      y: 200,
      width: 600,
      height: 700,
    })
  })

  it('forgets a window whose title bar sits below the bottom edge', () => {
    expect(placeWindow({ x: 100, y: 890, width: 600, height: 700 }, [laptop], minimum)).toBeNull()
  })

  it('forgets a window with only a sliver of title bar left to grab', () => {
    expect(placeWindow({ x: 1330, y: 100, width: 600, height: 700 }, [laptop], minimum)).toBeNull()
    // The title bar above the top of every screen cannot be grabbed at all.
    expect(placeWindow({ x: 100, y: -20, width: 600, height: 700 }, [laptop], minimum)).toBeNull()
  })

  it('shrinks a window taller than a smaller screen, never below the minimum size', () => {
    const tall = { x: 100, y: 0, width: 800, height: 1400 }
    expect(placeWindow(tall, [laptop], minimum)).toEqual({ x: 100, y: 0, width: 800, height: 900 })
    const tiny = { x: 0, y: 0, width: 300, height: 200 }
    const small = { x: 0, y: 0, width: 320, height: 400 }
    expect(placeWindow(tiny, [small], minimum)).toEqual({ x: 0, y: 0, width: 360, height: 420 })
  })
})
