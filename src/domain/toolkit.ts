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
