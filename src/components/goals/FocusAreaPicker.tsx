import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { FocusArea } from '../../domain/content-schemas';
import { $goals, toggleGoalTick } from '../../stores/goals';
import { CheckList } from './CheckList';
import { planIsland } from '../ui/plan-island';

/** The optional student-support focus areas; they filter the discussion questions. */
export function FocusAreaPickerView({ focusAreas }: { focusAreas: FocusArea[] }) {
  const goals = useStore($goals);
  return (
    <CheckList
      legend="Student-support focus areas (optional)"
      hint="Leave all unticked to see every discussion question."
      options={focusAreas.map((area) => ({ id: area.id, label: area.name, help: area.description }))}
      checked={goals.focusAreas}
      onToggle={(id) => toggleGoalTick('focusAreas', id)}
    />
  );
}

/** The island: the page's frame until the saved plan is read, then FocusAreaPickerView. */
export default planIsland(FocusAreaPickerView);
