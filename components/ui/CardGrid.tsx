import type { ReactNode } from 'react'

type Props<Item> = {
  items: Item[]
  /** Three across on wide screens (articles, exercises, routines, teachers) or four (classes). */
  columns?: 3 | 4
  children: (item: Item) => ReactNode
}

/**
 * Cards in a responsive grid, each stretched to its row's height (the `card-grid` classes
 * of app/(site)/globals.css, so a list of cards repeats no utility string per item).
 */
export function CardGrid<Item extends { id: string | number }>({ items, columns = 3, children }: Props<Item>) {
  return (
    <ul className={columns === 4 ? 'card-grid card-grid-4' : 'card-grid'}>
      {items.map((item) => (
        <li key={item.id}>{children(item)}</li>
      ))}
    </ul>
  )
}
