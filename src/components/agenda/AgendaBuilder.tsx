import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useCallback, useMemo, useState } from 'react';
import { runAgendaChecks } from '../../domain/agenda-checks';
import type { Activity, AgendaCheckContent, AgendaTemplate, GoalContent } from '../../domain/content-schemas';
import { chosenGoals } from '../../domain/goals';
import { $plan } from '../../stores/plan';
import { AgendaChecks } from './AgendaChecks';
import { AgendaDay } from './AgendaDay';
import { HistoryBar } from './HistoryBar';
import type { GoalOption } from './ItemEditor';
import { TemplateChooser } from './TemplateChooser';

interface Props {
  templates: AgendaTemplate[];
  activities: Activity[];
  checks: AgendaCheckContent[];
  goals: GoalContent[];
  /** Link to the start page, where the days' dates and times are set. */
  startHref: string;
}

/** The agenda step: templates, the days with their items, undo and redo, and the checks. */
export default function AgendaBuilder({ templates, activities, checks, goals, startHref }: Props) {
  const plan = useStore($plan);
  const [status, setStatus] = useState({ text: '', n: 0 });
  // Same text twice must still be heard: alternate a trailing no-break space.
  const announce = useCallback((text: string) => setStatus((s) => ({ text, n: s.n + 1 })), []);

  const goalOptions = useMemo<GoalOption[]>(() => {
    const chosen = chosenGoals(plan.goals, goals);
    const chosenIds = new Set(chosen.map((g) => g.id));
    return [
      ...chosen.map((g) => ({ id: g.id, title: g.title, chosen: true })),
      ...goals.filter((g) => !chosenIds.has(g.id)).map((g) => ({ id: g.id, title: g.title, chosen: false })),
    ];
  }, [plan.goals, goals]);

  const toolkit = useMemo(() => ({ checks, goals }), [checks, goals]);
  const { event, agenda } = plan;
  const findings = useMemo(
    () => runAgendaChecks({ event, agenda, goals: plan.goals }, toolkit),
    [event, agenda, plan.goals, toolkit],
  );

  return (
    <div className="agenda-builder">
      <p role="status" className="agenda-status">
        {status.text}
        {status.n % 2 === 1 ? '\u00a0' : ''}
      </p>
      <div className="agenda-top">
        <TemplateChooser templates={templates} announce={announce} />
        <HistoryBar announce={announce} />
      </div>
      <div className="agenda-layout">
        <AgendaChecks findings={findings} agenda={agenda} />
        <div className="agenda-days">
          {agenda.days.map((day, i) => (
            <AgendaDay
              key={event.days[i]?.id ?? i}
              dayIndex={i}
              dayCount={agenda.days.length}
              day={event.days[i]!}
              items={day.items}
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
