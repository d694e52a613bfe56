/** Human labels for event types and modes ("STATEMENT"/"written" → "Statement (written)"). */
import type { EventMode, EventType } from '../model/types';
import { modeLabel } from './modeLabel';

/** "Statement" for "STATEMENT". */
export function typeLabel(type: EventType | string): string {
  return type.charAt(0) + type.slice(1).toLowerCase();
}

/** "Statement · in writing", "Consult · by phone", or just the type. */
export function typeWithMode(type: EventType, mode?: EventMode): string {
  return mode ? `${typeLabel(type)} · ${modeLabel(mode)}` : typeLabel(type);
}

/** "Curated", "Parsed (confidence 72%)", "Curated + parsed", "Added by you". */
export function originLabel(origin: string, confidence?: number): string {
  const conf = confidence === undefined ? '' : ` (confidence ${Math.round(confidence * 100)}%)`;
  switch (origin) {
    case 'curated':
      return 'Curated';
    case 'parsed':
      return `Parsed${conf}`;
    case 'curated+parsed':
      return `Curated, confirmed by the parser${conf}`;
    case 'user':
      return 'Added by you';
    default:
      return origin;
  }
}
