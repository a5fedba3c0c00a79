/** The toolkit content as one plain value, passed from Astro pages to islands as props. */
import type {
  Activity,
  AgendaCheckContent,
  AgendaTemplate,
  ChecklistTemplate,
  FocusArea,
  GoalContent,
  StakeholderCategory,
} from './content-schemas';

export interface Toolkit {
  /** The five potential goals, in the toolkit's order. */
  goals: GoalContent[];
  focusAreas: FocusArea[];
  /** Agenda templates by id: `two-day`, `one-day`. */
  templates: AgendaTemplate[];
  activities: Activity[];
  categories: StakeholderCategory[];
  checklist: ChecklistTemplate[];
  checks: AgendaCheckContent[];
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T): number =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Puts validated content entries in the toolkit's order, whatever order a loader read them in:
 * entries with an `order` field by it (then id), one-file-per-entry folders by id (the file
 * name), and single-file lists as written. The site (astro:content) and the tests (YAML files)
 * both build their `Toolkit` here, so the two can never disagree.
 */
export function assembleToolkit(raw: Toolkit): Toolkit {
  return {
    goals: [...raw.goals].sort(byOrder),
    focusAreas: [...raw.focusAreas].sort(byOrder),
    templates: [...raw.templates].sort(byId),
    activities: [...raw.activities],
    categories: [...raw.categories].sort(byOrder),
    checklist: [...raw.checklist],
    checks: [...raw.checks],
  };
}
