import type { ReactElement } from 'react';
import type { MenuEntryName } from './menuEntries';

/** Line drawings on a 24×24 grid, stroked with the text colour so they follow the focus style. */
const SHAPES: Record<MenuEntryName, ReactElement> = {
  home: <path d="M3 11 12 3.5 21 11M5.5 9v11.5h5v-6h3v6h5V9" />,
  shows: (
    <>
      <rect x="3.5" y="3.5" width="7" height="7" rx="1" />
      <rect x="13.5" y="3.5" width="7" height="7" rx="1" />
      <rect x="3.5" y="13.5" width="7" height="7" rx="1" />
      <rect x="13.5" y="13.5" width="7" height="7" rx="1" />
    </>
  ),
  search: (
    <>
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="m15.5 15.5 5 5" />
    </>
  ),
  movies: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="1.5" />
      <path d="M7.5 5v14M16.5 5v14M3 12h4.5M16.5 12H21" />
    </>
  ),
  notifications: <path d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.8 2H4.2ZM10 21h4" />,
  profile: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />
    </>
  ),
};

/** Draws the icon of a side menu entry, 44 px wide at 1080p. */
export function MenuIcon({ name }: { name: MenuEntryName }) {
  return (
    <svg className="side-menu__icon" width="44" height="44" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {SHAPES[name]}
    </svg>
  );
}
