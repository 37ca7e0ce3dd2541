import { Container } from '../ui/Container'

export function SiteFooter({ studioName }: { studioName: string }) {
  return (
    <footer className="mt-24 border-t border-sand-200 bg-sand-100 py-10 text-sm text-ink-muted">
      <Container>
        <p>
          © {new Date().getFullYear()} {studioName}. Mindful, low-impact movement.
        </p>
      </Container>
    </footer>
  )
}
