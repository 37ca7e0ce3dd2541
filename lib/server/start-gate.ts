/**
 * `npm start` spawns the app server while it still checks (or migrates) the database, so
 * that Node, Next and the build's modules load in the meantime (scripts/start.ts). Until the
 * check has passed, the app server neither listens nor loads Payload (the scheduled-publish
 * runner): this gate opens when `npm start` says so over the IPC channel. Started any other
 * way (tests, benches, `node scripts/run.mjs serve`), it is open from the start.
 */
export const START_GATE_ENV = 'BTHEMETHOD_START_GATE'
/** The app server to `npm start`: listening for the word now (a message sent before that is lost). */
export const START_GATE_WAITING = 'start-gate:waiting'
/** `npm start` to the app server: the check has passed. */
export const START_GATE_OPEN = 'start-gate:open'

type GateHolder = { [key: symbol]: Promise<void> | undefined }
const KEY = Symbol.for('bthemethod.startGate')

/** Resolves once the app server may serve; the same promise for every caller (Next bundles this module apart from scripts/serve.ts). */
export function startGateOpened(): Promise<void> {
  const holder = globalThis as GateHolder
  return (holder[KEY] ??= waitForOpen())
}

function waitForOpen(): Promise<void> {
  if (process.env[START_GATE_ENV] !== 'ipc' || !process.send) return Promise.resolve()
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (message !== START_GATE_OPEN) return
      process.off('message', onMessage)
      process.off('disconnect', onParentGone)
      resolve()
    }
    // `npm start` ended (a failed check, Ctrl-C) before the gate opened: nothing to serve.
    const onParentGone = () => process.exit(1)
    if (!process.connected) return onParentGone()
    process.on('message', onMessage)
    process.once('disconnect', onParentGone)
    process.send!(START_GATE_WAITING)
  })
}
