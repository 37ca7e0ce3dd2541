'use client'

import { Banner, Button, CheckboxInput, Pill } from '@payloadcms/ui'
import { useRef, useState, type FormEvent } from 'react'

import type { ImportReport } from '@/lib/import/run'
import type { ImportResult } from '@/lib/import/types'

type Props = { apiRoute: string; adminRoute: string; maxFiles: number; maxMegabytes: number }

const FORMATS = [
  { value: 'text', label: 'Plain text (copied from the post page)' },
  { value: 'markdown', label: 'Markdown' },
  { value: 'html', label: 'HTML' },
]

const PILL: Record<ImportResult['status'], 'success' | 'light' | 'warning' | 'error'> = {
  created: 'success',
  updated: 'light',
  skipped: 'warning',
  failed: 'error',
}

export function ImportForm({ apiRoute, adminRoute, maxFiles, maxMegabytes }: Props) {
  const fileInput = useRef<HTMLInputElement>(null)
  const [files, setFiles] = useState<File[]>([])
  const [text, setText] = useState('')
  const [format, setFormat] = useState('text')
  const [dryRun, setDryRun] = useState(true)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setError(null)
    setReport(null)
    if (files.length === 0 && !text.trim()) return setError('Choose at least one file, or paste the text of a post.')
    if (files.length > maxFiles) return setError(`Choose at most ${maxFiles} files at once.`)
    const form = new FormData()
    for (const file of files) form.append('files', file)
    if (text.trim()) {
      form.set('text', text)
      form.set('format', format)
    }
    form.set('dryRun', String(dryRun))
    setBusy(true)
    try {
      const response = await fetch(`${apiRoute}/articles/import`, { method: 'POST', body: form, credentials: 'include' })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) setError(body.error ?? `The import failed (${response.status}).`)
      else setReport(body.report)
    } catch {
      setError('The server could not be reached. Check your connection and try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: 'calc(var(--base) * 1.5)', paddingBottom: 'calc(var(--base) * 3)' }}>
    <form onSubmit={submit} style={{ display: 'grid', gap: 'var(--base)', maxWidth: '52rem', marginTop: 'var(--base)' }}>
      <div className="field-type">
        <label className="field-label" htmlFor="import-files">
          Files
        </label>
        <input
          ref={fileInput}
          id="import-files"
          type="file"
          multiple
          accept=".html,.htm,.md,.markdown,.txt,.png,.jpg,.jpeg,.webp,.avif,.gif"
          onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        />
        <div className="field-description">
          Posts (.html, .md, .txt) and the images they show; at most {maxFiles} files and {maxMegabytes} MB at once.
          {files.length > 0 ? ` ${files.length} chosen.` : ''}
        </div>
      </div>

      <div className="field-type textarea">
        <label className="field-label" htmlFor="import-text">
          Or paste a post
        </label>
        <div className="textarea-outer">
          <textarea
            id="import-text"
            className="textarea-element"
            rows={8}
            value={text}
            placeholder={'The Title on the First Line\n\nThe first paragraph…'}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', alignItems: 'center', marginTop: 'calc(var(--base) / 2)' }}>
          <label className="field-label" htmlFor="import-format" style={{ margin: 0 }}>
            Format
          </label>
          <select id="import-format" value={format} onChange={(event) => setFormat(event.target.value)}>
            {FORMATS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>

      <CheckboxInput
        id="import-dry-run"
        checked={dryRun}
        label="Dry run: show what would be created or updated, write nothing"
        onToggle={(event) => setDryRun(event.target.checked)}
      />

      <div>
        <Button type="submit" disabled={busy} buttonStyle="primary">
          {busy ? 'Importing…' : dryRun ? 'Check import' : 'Import as drafts'}
        </Button>
      </div>

      {error ? <Banner type="error">{error}</Banner> : null}
    </form>
    {report ? <ImportReportTable report={report} adminRoute={adminRoute} /> : null}
    </div>
  )
}

function ImportReportTable({ report, adminRoute }: { report: ImportReport; adminRoute: string }) {
  const { counts } = report
  const summary = report.dryRun
    ? `Dry run, nothing written: would create ${counts.created}, would update ${counts.updated}, skip ${counts.skipped}, failed ${counts.failed}.`
    : `Created ${counts.created}, updated ${counts.updated}, skipped ${counts.skipped}, failed ${counts.failed}.`
  return (
    <section aria-live="polite">
      <Banner type={counts.failed ? 'error' : report.dryRun ? 'info' : 'success'}>{summary}</Banner>
      {report.topicsCreated.length ? (
        <p>
          {report.dryRun ? 'New topics it would create' : 'New topics'}: {report.topicsCreated.join(', ')}
        </p>
      ) : null}
      <div className="table">
        <table cellPadding={0} cellSpacing={0}>
          <thead>
            <tr>
              <th>File</th>
              <th>Result</th>
              <th>Article</th>
              <th>Notes</th>
            </tr>
          </thead>
          <tbody>
            {report.results.map((result, index) => (
              <tr key={`${result.file}-${index}`}>
                <td>{result.file}</td>
                <td>
                  <Pill pillStyle={PILL[result.status]} size="small">
                    {result.dryRun && result.status !== 'failed' ? `would ${result.status === 'skipped' ? 'skip' : result.status.replace(/d$/, '')}` : result.status}
                  </Pill>
                </td>
                <td>
                  {result.articleId && !(result.dryRun && result.status === 'created') ? (
                    <a href={`${adminRoute}/collections/articles/${result.articleId}`}>{result.title ?? result.slug}</a>
                  ) : (
                    (result.title ?? '')
                  )}
                </td>
                <td style={{ whiteSpace: 'pre-line', minWidth: '24rem' }}>
                  {result.status === 'failed' || result.status === 'skipped' ? result.reason : result.note}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
