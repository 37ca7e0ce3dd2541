import sharp from 'sharp'

export type PlaceholderMotif = 'ball' | 'mat' | 'studio' | 'portrait' | 'breath'

/**
 * A calm, abstract stand-in photo drawn locally (no downloads): a soft two-colour
 * gradient with a simple shape for the motif. Real photography replaces these in /admin.
 */
export async function drawPlaceholder(options: {
  palette: [string, string]
  motif: PlaceholderMotif
  width?: number
  height?: number
}): Promise<Buffer> {
  const width = options.width ?? 1600
  const height = options.height ?? 1000
  const [from, to] = options.palette
  const cx = width / 2
  const cy = height / 2
  const shapes: Record<PlaceholderMotif, string> = {
    ball: `<ellipse cx="${cx}" cy="${cy + height * 0.22}" rx="${width * 0.16}" ry="${height * 0.03}" fill="#000" opacity="0.10"/>
           <circle cx="${cx}" cy="${cy + height * 0.02}" r="${height * 0.2}" fill="url(#shine)"/>`,
    mat: `<rect x="${width * 0.18}" y="${height * 0.58}" width="${width * 0.64}" height="${height * 0.1}" rx="${height * 0.05}" fill="${to}" opacity="0.85"/>
          <circle cx="${width * 0.66}" cy="${height * 0.5}" r="${height * 0.08}" fill="url(#shine)"/>`,
    studio: `<rect x="${width * 0.1}" y="${height * 0.15}" width="${width * 0.35}" height="${height * 0.55}" fill="#fff" opacity="0.35"/>
             <rect x="${width * 0.55}" y="${height * 0.15}" width="${width * 0.35}" height="${height * 0.55}" fill="#fff" opacity="0.35"/>
             <rect x="0" y="${height * 0.78}" width="${width}" height="${height * 0.22}" fill="${to}" opacity="0.6"/>`,
    portrait: `<circle cx="${cx}" cy="${height * 0.4}" r="${height * 0.16}" fill="#fff" opacity="0.55"/>
               <ellipse cx="${cx}" cy="${height * 0.95}" rx="${width * 0.22}" ry="${height * 0.32}" fill="#fff" opacity="0.45"/>`,
    breath: `<circle cx="${cx}" cy="${cy}" r="${height * 0.34}" fill="none" stroke="#fff" stroke-width="6" opacity="0.35"/>
             <circle cx="${cx}" cy="${cy}" r="${height * 0.24}" fill="none" stroke="#fff" stroke-width="6" opacity="0.5"/>
             <circle cx="${cx}" cy="${cy}" r="${height * 0.14}" fill="#fff" opacity="0.55"/>`,
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
    <defs>
      <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
      </linearGradient>
      <radialGradient id="shine" cx="0.35" cy="0.3" r="0.8">
        <stop offset="0" stop-color="#fff" stop-opacity="0.9"/><stop offset="1" stop-color="${to}" stop-opacity="0.95"/>
      </radialGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#bg)"/>
    ${shapes[options.motif]}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
