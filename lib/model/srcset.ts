type Candidate = { url: string; width: number }

/**
 * An image srcset cut at the file's own width. The optimiser serves a file no wider than
 * it is, so every candidate past that width is the same image under another name; the
 * first of them is kept, labelled with the real width, so the full file stays on offer.
 * Density srcsets (`1x, 2x`) and anything unparsable are returned as they are.
 */
export function srcSetUpTo(srcSet: string | undefined, fileWidth: number): { value: string | undefined; largestUrl: string | undefined } {
  const candidates = parseWidthCandidates(srcSet)
  if (!candidates) return { value: srcSet, largestUrl: undefined }
  const kept = candidates.filter((candidate) => candidate.width <= fileWidth)
  const wider = candidates.find((candidate) => candidate.width > fileWidth)
  if (wider && (kept.at(-1)?.width ?? 0) < fileWidth) kept.push({ url: wider.url, width: fileWidth })
  return { value: kept.map((candidate) => `${candidate.url} ${candidate.width}w`).join(', '), largestUrl: kept.at(-1)?.url }
}

function parseWidthCandidates(srcSet: string | undefined): Candidate[] | null {
  if (!srcSet) return null
  const candidates: Candidate[] = []
  for (const entry of srcSet.split(', ')) {
    const match = /^(\S+) (\d+)w$/.exec(entry.trim())
    if (!match) return null
    candidates.push({ url: match[1], width: Number(match[2]) })
  }
  return candidates.length ? candidates.sort((a, b) => a.width - b.width) : null
}
