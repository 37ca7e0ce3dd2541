import type { ImportResult } from './types'
import { resultLine } from './report'

/** On a terminal with more than a few files: a bar. Otherwise (CI, logs, pipes): a line per file. */
const BAR_FROM_FILES = 4
const BAR_WIDTH = 28

export function progressReporter(total: number, out: NodeJS.WriteStream) {
  const bar = Boolean(out.isTTY) && total >= BAR_FROM_FILES
  const lines: string[] = []
  let drawn = false
  return {
    update(result: ImportResult, done: number) {
      if (!bar) {
        out.write(`${resultLine(result)}\n`)
        return
      }
      // Problems are printed above the bar as they happen; the rest in the summary.
      if (result.status === 'failed' || result.status === 'skipped') lines.push(resultLine(result))
      const filled = Math.round((done / total) * BAR_WIDTH)
      const name = result.file.length > 40 ? `…${result.file.slice(-39)}` : result.file
      const text = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}`
      out.write(`\r\x1b[2K${lines.splice(0).map((line) => `${line}\n`).join('')}${text}`)
      drawn = true
    },
    done() {
      if (drawn) out.write('\n')
    },
  }
}
