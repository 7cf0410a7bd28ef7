import { monogram } from '../core/identity/outlet-name';

export interface Props {
  name: string;
  /** The outlet's place (see outletSlots): its colour, the same in the list and the grid. */
  slot: number;
}

/** The outlet's two letters on its colour. Decorative: the name is always written beside or around it. */
export function OutletBadge({ name, slot }: Props) {
  return (
    <span class={`px-badge px-slot-${slot % SLOTS}`} aria-hidden="true">
      {monogram(name)}
    </span>
  );
}

/** Colours in the style sheet (`.px-slot-0` … `.px-slot-5`); outlets beyond them reuse the palette. */
export const SLOTS = 6;
