import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import type { RoutineStepInput } from '@/lib/model/routine-timing'

import { serveNextLinkAndImageAsEsm } from './next-esm'

serveNextLinkAndImageAsEsm()

const { RoutinePlayer } = await import('@/components/routine/RoutinePlayer')
const { RoutinePlayerLoader } = await import('@/components/routine/RoutinePlayerLoader')

// Ball Bridge 30 s ×2 with 10 s rests, then Side Reach 2 reps (8 s) left and right: 96 s in all.
const bridgeCue = 'Keep your ribs soft and your knees over your ankles.'
const steps: RoutineStepInput[] = [
  { exerciseName: 'Ball Bridge', exerciseSlug: 'ball-bridge', mode: 'hold', holdSeconds: 30, perSide: false, sets: 2, restSeconds: 10, cue: bridgeCue, breath: { exhale: 'as you press the ball' } },
  { exerciseName: 'Side Reach', exerciseSlug: 'side-reach', mode: 'reps', reps: 2, perSide: true, sets: 1, restSeconds: 0, breath: { inhale: 'as you reach' } },
]
const title = 'Morning mobility'

const setup = () => userEvent.setup({ advanceTimers: jest.advanceTimersByTime })
const wait = (ms: number) => act(() => jest.advanceTimersByTime(ms))
const flushPromises = () => act(async () => {})
const timer = () => screen.getByRole('timer').textContent
const heading = () => screen.getByRole('heading', { level: 3 }).textContent
const liveRegion = () => screen.getByRole('status')
const button = (name: string) => screen.getByRole('button', { name })

async function renderStarted(ui = <RoutinePlayer title={title} steps={steps} />) {
  const user = setup()
  render(ui)
  await user.click(button('Start routine'))
  return user
}

beforeEach(() => void jest.useFakeTimers())

afterEach(() => {
  jest.useRealTimers()
  Reflect.deleteProperty(navigator, 'wakeLock')
  Reflect.deleteProperty(window, 'AudioContext')
})

describe('RoutinePlayer before the start', () => {
  it('shows the routine, its total time and a "Start routine" button, and no clock yet', () => {
    render(<RoutinePlayer title={title} steps={steps} />)
    const player = screen.getByRole('region', { name: title })
    expect(within(player).getByText('1 min 36 s')).toBeInTheDocument()
    const overview = within(player).getAllByRole('listitem').map((item) => item.textContent)
    expect(overview).toEqual(['1. Ball BridgeHold for 30 s · 2 sets · 10 s rest', '2. Side Reach2 reps · each side · 1 set'])
    expect(button('Start routine')).toBeInTheDocument()
    expect(screen.queryByRole('timer')).not.toBeInTheDocument()
    expect(liveRegion()).toHaveTextContent('')
  })

  it('says so kindly when a routine has no steps', () => {
    render(<RoutinePlayer title={title} steps={[]} />)
    expect(screen.getByText(/no exercises yet/)).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})

describe('RoutinePlayer running', () => {
  it('starts on the first part with its dose, cue, breath, countdown, progress and what is next', async () => {
    await renderStarted()
    expect(heading()).toBe('Ball Bridge')
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument()
    expect(screen.getByText('Set 1 of 2')).toBeInTheDocument()
    expect(screen.getByText('Hold for 30 s')).toBeInTheDocument()
    expect(screen.getByText(bridgeCue)).toBeInTheDocument()
    expect(within(screen.getByRole('list', { name: 'Breath' })).getByText('Exhale as you press the ball')).toBeInTheDocument()
    expect(timer()).toBe('00:30')
    const progress = screen.getByRole('progressbar', { name: 'Routine progress' })
    expect([progress.getAttribute('aria-valuenow'), progress.getAttribute('aria-valuemax')]).toEqual(['0', '96'])
    expect(screen.getByText('Next up:').parentElement).toHaveTextContent('Next up: Rest, 10 s')
    // The start button is gone: focus waits on Pause instead of falling back to the page.
    expect(button('Pause')).toHaveFocus()
  })

  it('counts down second by second, stops on Pause and carries on from there on Resume', async () => {
    const user = await renderStarted()
    wait(1000)
    expect(timer()).toBe('00:29')
    wait(1000)
    expect(timer()).toBe('00:28')
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2')
    await user.click(button('Pause'))
    expect(screen.getByText('Paused')).toBeInTheDocument()
    wait(5000)
    expect(timer()).toBe('00:28')
    await user.click(button('Resume'))
    wait(1000)
    expect(timer()).toBe('00:27')
    expect(button('Pause')).toBeInTheDocument()
  })

  it('skips ahead with Next and goes back with Previous, each part from its full time', async () => {
    const user = await renderStarted()
    wait(5000)
    await user.click(button('Next'))
    expect(heading()).toBe('Rest')
    expect(timer()).toBe('00:10')
    expect(screen.getByText('Next up:').parentElement).toHaveTextContent('Next up: Ball Bridge · set 2 of 2')
    await user.click(button('Previous'))
    expect(heading()).toBe('Ball Bridge')
    expect(timer()).toBe('00:30')
    // On the first part, Previous starts it over.
    await user.click(button('Previous'))
    expect(timer()).toBe('00:30')
  })

  it('moves on by itself when a part reaches zero, rests included', async () => {
    await renderStarted()
    wait(29_000)
    expect(timer()).toBe('00:01')
    wait(1000)
    expect(heading()).toBe('Rest')
    expect(timer()).toBe('00:10')
    wait(10_000)
    expect(heading()).toBe('Ball Bridge')
    expect(screen.getByText('Set 2 of 2')).toBeInTheDocument()
  })

  it('does a per-side exercise on the left, then on the right', async () => {
    const user = await renderStarted()
    for (let part = 0; part < 4; part += 1) await user.click(button('Next'))
    expect(heading()).toBe('Side Reach')
    expect(screen.getByText('Left side')).toBeInTheDocument()
    expect(screen.getByText('2 reps')).toBeInTheDocument()
    expect(screen.getByText('Inhale as you reach')).toBeInTheDocument()
    expect(timer()).toBe('00:08')
    wait(8000)
    expect(screen.getByText('Right side')).toBeInTheDocument()
    expect(screen.getByText('Next up:').parentElement).toHaveTextContent('Next up: the end of the routine')
  })

  it('ends with "Well done" and a "Start again" button; Stop goes back to the overview', async () => {
    const user = await renderStarted()
    wait(96_000)
    expect(screen.getByRole('heading', { name: 'Well done' })).toBeInTheDocument()
    expect(screen.queryByRole('timer')).not.toBeInTheDocument()
    expect(button('Start again')).toHaveFocus()
    await user.click(button('Start again'))
    expect(heading()).toBe('Ball Bridge')
    expect(timer()).toBe('00:30')
    await user.click(button('Stop'))
    expect(screen.queryByRole('timer')).not.toBeInTheDocument()
    expect(button('Start routine')).toHaveFocus()
  })
})

describe('RoutinePlayer from the keyboard', () => {
  it('pauses and resumes with Space and moves with the arrows while focus is in the player', async () => {
    const user = await renderStarted()
    screen.getByRole('region', { name: title }).focus()
    await user.keyboard(' ')
    expect(button('Resume')).toBeInTheDocument()
    await user.keyboard(' ')
    expect(button('Pause')).toBeInTheDocument()
    await user.keyboard('{ArrowRight}')
    expect(heading()).toBe('Rest')
    await user.keyboard('{ArrowLeft}')
    expect(heading()).toBe('Ball Bridge')
  })

  it('leaves Space to a focused button, so it does not act twice', async () => {
    const user = await renderStarted()
    button('Next').focus()
    await user.keyboard(' ')
    expect(heading()).toBe('Rest')
    expect(button('Pause')).toBeInTheDocument()
  })

  it('ignores the keys when focus is outside the player', async () => {
    const user = await renderStarted(
      <>
        <button type="button">Elsewhere</button>
        <RoutinePlayer title={title} steps={steps} />
      </>,
    )
    button('Elsewhere').focus()
    await user.keyboard('{ArrowRight}')
    expect(heading()).toBe('Ball Bridge')
  })
})

describe('RoutinePlayer for screen readers', () => {
  it('announces each new part once, not every second, and the end', async () => {
    const user = await renderStarted()
    expect(liveRegion()).toHaveAttribute('aria-live', 'polite')
    expect(liveRegion()).toHaveTextContent('Step 1 of 2: Ball Bridge, set 1 of 2, hold for 30 seconds. Exhale as you press the ball.')
    const announced = liveRegion().textContent
    wait(5000)
    expect(liveRegion().textContent).toBe(announced)
    await user.click(button('Next'))
    expect(liveRegion()).toHaveTextContent('Rest for 10 seconds. Next: Ball Bridge, set 2 of 2.')
    // What is left: the rest, the second bridge, a rest and both sides of the reach.
    wait(10_000 + 30_000 + 10_000 + 8000 + 8000)
    expect(liveRegion()).toHaveTextContent('Routine complete. Well done.')
  })
})

describe('RoutinePlayer chime', () => {
  it('is off by default, and switching it on without Web Audio does no harm', async () => {
    const user = await renderStarted()
    const chime = screen.getByRole('checkbox', { name: 'Chime between steps' })
    expect(chime).not.toBeChecked()
    await user.click(chime)
    expect(chime).toBeChecked()
    await user.click(button('Next'))
    wait(10_000)
    expect(heading()).toBe('Ball Bridge')
  })

  it('sounds a short tone when the part changes, only once switched on', async () => {
    const started = jest.fn()
    const param = { setValueAtTime: jest.fn(), exponentialRampToValueAtTime: jest.fn() }
    const connect = (node: unknown) => node
    const audio = { state: 'running', currentTime: 0, destination: {}, resume: async () => {}, close: async () => {} }
    const createOscillator = () => ({ frequency: param, connect, start: started, stop: jest.fn() })
    const FakeAudioContext = jest.fn(() => ({ ...audio, createOscillator, createGain: () => ({ gain: param, connect }) }))
    Object.defineProperty(window, 'AudioContext', { value: FakeAudioContext, configurable: true })
    const user = await renderStarted()
    await user.click(button('Next'))
    expect(started).not.toHaveBeenCalled()
    await user.click(screen.getByRole('checkbox', { name: 'Chime between steps' }))
    expect(started).not.toHaveBeenCalled()
    await user.click(button('Next'))
    expect(started).toHaveBeenCalledTimes(1)
    wait(30_000)
    expect(started).toHaveBeenCalledTimes(2)
  })
})

describe('RoutinePlayer keeps the screen awake', () => {
  function mockWakeLock() {
    const sentinels: { released: boolean; release: () => Promise<void> }[] = []
    const request = jest.fn(async (_type: string) => {
      const sentinel = { released: false, release: jest.fn(async () => void (sentinel.released = true)) }
      sentinels.push(sentinel)
      return sentinel
    })
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true })
    return { request, sentinels }
  }

  it('asks for a lock when started, resumed or back in the tab, and lets go on pause and unmount', async () => {
    const { request, sentinels } = mockWakeLock()
    const user = await renderStarted()
    await flushPromises()
    expect(request).toHaveBeenCalledTimes(1)
    expect(request).toHaveBeenCalledWith('screen')
    await user.click(button('Pause'))
    expect(sentinels[0].release).toHaveBeenCalled()
    await user.click(button('Resume'))
    await flushPromises()
    expect(request).toHaveBeenCalledTimes(2)
    // The browser drops the lock while the tab is hidden; coming back asks for it again.
    sentinels[1].released = true
    await act(async () => void document.dispatchEvent(new Event('visibilitychange')))
    expect(request).toHaveBeenCalledTimes(3)
    cleanup()
    expect(sentinels[2].release).toHaveBeenCalled()
  })
})

describe('RoutinePlayerLoader', () => {
  it('shows only a button until asked, then loads the player and moves focus into it', async () => {
    const user = setup()
    render(<RoutinePlayerLoader title={title} steps={steps} />)
    expect(screen.queryByRole('region', { name: title })).not.toBeInTheDocument()
    await user.click(button('Start the follow-along player'))
    const player = await screen.findByRole('region', { name: title })
    expect(player).toHaveFocus()
    expect(within(player).getByRole('button', { name: 'Start routine' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Start the follow-along player' })).not.toBeInTheDocument()
  })
})
