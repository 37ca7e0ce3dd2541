import type { Payload } from 'payload'

import { closePayload } from './payload-lifecycle'

/**
 * Graceful shutdown of a `next start` instance on SIGTERM (a deploy, a scale-down).
 * Next's own handler stops accepting connections, lets the requests in flight finish and
 * then calls process.exit. Around that, this module: marks the instance as draining (the
 * readiness check answers 503, so a load balancer stops sending it traffic), stops the
 * background work registered with `onShutdown` (the job runner), closes Payload's pools
 * before the process exits, and ends the process by the deadline whatever is still open.
 *
 * The state lives on globalThis: Next bundles instrumentation and the routes separately,
 * and both must see the same flag.
 */
type ShutdownState = { draining: boolean; stoppers: (() => Promise<void> | void)[]; installed: boolean }
const key = Symbol.for('bthemethod.shutdown')
const state: ShutdownState = ((globalThis as Record<symbol, unknown>)[key] as ShutdownState | undefined) ?? { draining: false, stoppers: [], installed: false }
;(globalThis as Record<symbol, unknown>)[key] = state

export const SHUTDOWN_DEADLINE_MS = 10_000

export function isDraining(): boolean {
  return state.draining
}

/** Background work to stop (and wait for) when the instance shuts down. */
export function onShutdown(stop: () => Promise<void> | void): void {
  state.stoppers.push(stop)
}

/** Payload's cached instance, if this process ever loaded it (never start it just to stop it). */
function loadedPayload(): Payload | null {
  const cache = (globalThis as { _payload?: Map<string, { payload: Payload | null }> })._payload
  return cache?.get('default')?.payload ?? null
}

/** Production logs each step for the operator; `npm run dev` stops quietly (its supervisor says so in one line). */
function log(message: string, always = false) {
  if (always || process.env.NODE_ENV === 'production') console.log(`[shutdown] ${message}`)
}

export function installGracefulShutdown(deadlineMs = SHUTDOWN_DEADLINE_MS): void {
  if (state.installed) return
  state.installed = true
  process.once('SIGTERM', () => {
    const started = Date.now()
    state.draining = true
    log('SIGTERM: finishing the requests in flight, taking no new ones')
    const exit = process.exit.bind(process)
    // Background work stops now (a batch in progress finishes first) ...
    const backgroundStopped = Promise.allSettled(state.stoppers.map((stop) => stop()))
    // ... and the pools close once Next has finished the requests in flight and exits.
    let closing: Promise<void> | undefined
    const closePools = () =>
      (closing ??= (async () => {
        await backgroundStopped
        const payload = loadedPayload()
        if (payload) await closePayload(payload).catch((error: unknown) => console.error('[shutdown] closing the database pools failed:', error))
      })())
    process.exit = ((code?: number) => {
      void closePools().finally(() => {
        log(`stopped in ${Date.now() - started} ms`)
        exit(code)
      })
    }) as typeof process.exit
    setTimeout(() => {
      log(`still busy after ${deadlineMs / 1000} s: exiting anyway`, true)
      exit(143)
    }, deadlineMs).unref()
  })
}
