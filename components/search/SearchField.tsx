import { MAX_QUERY_LENGTH } from '@/lib/content/search-marks'

type Props = { id: string; className: string; placeholder: string; defaultValue?: string }

/** The labelled query input both search forms share (header and search page). */
export function SearchField({ id, className, placeholder, defaultValue }: Props) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        Search articles, exercises and classes
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={placeholder}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={MAX_QUERY_LENGTH}
        className={`search-field ${className}`}
      />
    </>
  )
}
