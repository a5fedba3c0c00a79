/** Words for the item kinds and tags, shared by the rows and the editor. */
import type { AgendaItem } from '../../domain/plan';

export const KIND_LABELS: Record<AgendaItem['kind'], string> = {
  session: 'Session',
  break: 'Break',
  meal: 'Meal',
  networking: 'Networking / social',
};

export const TAG_LABELS: Record<AgendaItem['tags'][number], string> = {
  introductions: 'Introductions',
  connect: 'Connect conversations',
  prework: 'Uses the pre-work',
  icebreaker: 'Icebreaker',
  welcome: 'Welcome',
  closing: 'Closing',
};
