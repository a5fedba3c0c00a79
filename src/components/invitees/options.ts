import type { StakeholderCategory } from '../../domain/content-schemas';
import { INVITEE_STATUSES, STATUS_LABELS } from '../../domain/invitee-statuses';
import { optionsFrom, type SelectOption } from '../ui/Select';

/** The invitation statuses as choices, in the order a person moves through them. */
export const STATUS_OPTIONS = optionsFrom(INVITEE_STATUSES, STATUS_LABELS);

/** The stakeholder categories (based on the toolkit's lists) as choices, by id. */
export const categoryOptions = (categories: readonly StakeholderCategory[]): SelectOption<string>[] =>
  categories.map((c) => ({ value: c.id, label: c.name }));
