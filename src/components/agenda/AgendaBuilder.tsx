import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useCallback, useMemo, useState } from 'react';
import type { Activity, AgendaCheckContent, AgendaTemplate, GoalContent } from '../../domain/content-schemas';
import { chosenGoals } from '../../domain/goals';
import { $days, $schedule, agendaFindings } from '../../stores/agenda';
import { $goals } from '../../stores/goals-chosen';
import { AgendaChecks } from './AgendaChecks';
import { AgendaDay } from './AgendaDay';
import type { GoalOption } from './ItemEditor';
import { TemplateChooser } from './TemplateChooser';
import { planIsland } from '../ui/plan-island';

interface Props {
  templates: AgendaTemplate[];
  activities: Activity[];
  checks: AgendaCheckContent[];
  goals: GoalContent[];
  /** Link to the start page, where the days' dates and times are set. */
  startHref: string;
}

/** The agenda step: templates, the days with their items, undo and redo, and the checks. */
export function AgendaBuilderView({ templates, activities, checks, goals, startHref }: Props) {
  const schedule = useStore($schedule);
  // The store's own array, not one mapped from the schedule: the memoised checks panel keeps it.
  const days = useStore($days);
  const chosen = useStore($goals);
  const [status, setStatus] = useState({ text: '', n: 0 });
  // Same text twice must still be heard: alternate a trailing no-break space.
  const announce = useCallback((text: string) => setStatus((s) => ({ text, n: s.n + 1 })), []);

  const goalOptions = useMemo<GoalOption[]>(() => {
    const picked = chosenGoals(chosen, goals);
    const chosenIds = new Set(picked.map((g) => g.id));
    return [
      ...picked.map((g) => ({ id: g.id, title: g.title, chosen: true })),
      ...goals.filter((g) => !chosenIds.has(g.id)).map((g) => ({ id: g.id, title: g.title, chosen: false })),
    ];
  }, [chosen, goals]);

  const $findings = useMemo(() => agendaFindings({ checks, goals }), [checks, goals]);
  const findings = useStore($findings);

  return (
    <div className="agenda-builder">
      <p role="status" className="agenda-status">
        {status.text}
        {status.n % 2 === 1 ? '\u00a0' : ''}
      </p>
      <div className="agenda-top">
        <TemplateChooser templates={templates} announce={announce} />
      </div>
      <div className="agenda-layout">
        <AgendaChecks findings={findings} days={days} />
        <div className="agenda-days">
          {schedule.map((daySchedule) => (
            <AgendaDay
              key={daySchedule.day.id}
              dayCount={schedule.length}
              schedule={daySchedule}
              activities={activities}
              goalOptions={goalOptions}
              startHref={startHref}
              announce={announce}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

/** The island: the page's frame until the saved plan is read, then AgendaBuilderView. */
export default planIsland(AgendaBuilderView);
