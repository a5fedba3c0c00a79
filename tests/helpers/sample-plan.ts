/**
 * A full two-day plan for export tests: the toolkit's two-day agenda, four goals, questions,
 * invitees and the checklist, at a venue in America/Chicago on 13–14 March 2027 (US daylight
 * saving time starts on the 14th). Ids are fixed so tests can assert exact calendar UIDs.
 */
import { itemFromTemplate } from '../../src/domain/checklist';
import type { Content } from './content';
import { coConvenerInvitee } from '../../src/domain/co-conveners';
import { V3_PERSON } from './person';
import { emptyOutcomes, type AgendaItem, type Invitee, type Plan } from '../../src/domain/plan';

export const SAMPLE_PLAN_ID = 'plan-riverside';

function items(content: Content, dayIndex: number): AgendaItem[] {
  const template = content.templates.find((t) => t.id === 'two-day');
  if (!template) throw new Error('content/agenda-templates/two-day.yaml is missing');
  return template.days[dayIndex]!.items.map((item, i) => ({
    id: `d${dayIndex + 1}-i${i + 1}`,
    title: item.title,
    kind: item.kind,
    minutes: item.minutes,
    goals: item.goals,
    tags: item.tags,
    lead: item.kind === 'session' ? (dayIndex === 0 ? 'Ana Núñez' : 'Marcus Lee') : '',
    notes: item.notes,
    materials: item.materials,
    prompts: item.prompts,
    purpose: item.purpose,
    steps: item.steps,
    actualMinutes: null,
    heard: '',
  }));
}

const person = (
  id: string,
  name: string,
  organization: string,
  category: string,
  extra: Partial<Invitee> = {},
): Invitee => ({
  id,
  name,
  organization,
  role: '',
  email: `${id}@example.org`,
  category,
  status: 'accepted',
  planningRole: 'none',
  mediaRelease: false,
  notes: '',
  ...V3_PERSON,
  ...extra,
});

/** The sample plan; `overrides.event` fields replace the sample's event fields. */
export function samplePlan(content: Content, overrides: { event?: Partial<Plan['event']> } = {}): Plan {
  const template = content.templates.find((t) => t.id === 'two-day')!;
  return {
    schemaVersion: 3,
    id: SAMPLE_PLAN_ID,
    createdAt: '2026-11-23T10:00:00.000Z',
    event: {
      title: 'Riverside Student Success Convening',
      convener: 'Riverside Unified School District',
      venue: 'Riverside Public Library, 100 Main St, Riverside',
      timeZone: 'America/Chicago',
      targetGroupSize: 40,
      preWork: true,
      rsvpBy: '',
      contact: { name: '', email: '', phone: '' },
      ...overrides.event,
    },
    days: [
      {
        id: 'day-1',
        date: '2027-03-13',
        start: template.days[0]!.start,
        end: template.days[0]!.end,
        items: items(content, 0),
        actualStart: '',
      },
      {
        id: 'day-2',
        date: '2027-03-14',
        start: template.days[1]!.start,
        end: template.days[1]!.end,
        items: items(content, 1),
        actualStart: '',
      },
    ],
    goals: {
      selected: ['build-relationships', 'align-needs', 'identify-assets', 'set-goals'],
      custom: [],
      focusAreas: ['tutoring'],
      dataToBring: ['attendance'],
      questions: ['caring-adult', 'people-power'],
      assetNotes: { 'youth-serving-orgs': 'Boys & Girls Club runs after-school tutoring at two sites.' },
      draftGoals: '',
      planElements: [],
    },
    invitees: [
      person('p1', 'Ana Núñez', 'Riverside Unified', 'district-leaders', {
        planningRole: 'committee',
        mediaRelease: true,
      }),
      person('p2', 'Marcus Lee', 'Boys & Girls Club', 'youth-serving-orgs'),
      person('p3', '李小龍', 'Riverside College', 'higher-education', { status: 'tentative' }),
      person('p4', 'Declined Person', 'Elsewhere', 'funders', { status: 'declined' }),
      // The start page's co-conveners (version 2 kept them apart; version 3 lists them here).
      coConvenerInvitee('co-convener-1', "Mayor's Office of Riverside"),
      coConvenerInvitee('co-convener-2', 'Riverside Community Foundation'),
    ],
    checklist: content.checklist.map(itemFromTemplate),
    preferences: { paperSize: 'auto' },
    outcomes: emptyOutcomes(),
    messages: [],
    logistics: { currency: 'USD', tentativeSharePercent: 50, lines: [] },
  };
}

/** The sample with all five goals chosen and every Goals-page field filled in. */
export function filledGoalsPlan(content: Content): Plan {
  const plan = samplePlan(content);
  plan.goals = {
    ...plan.goals,
    selected: ['set-goals', 'align-needs', 'build-relationships', 'identify-assets', 'high-level-plan'],
    dataToBring: ['program-assessments', 'attendance'],
    questions: ['people-power', 'caring-adult'],
    draftGoals: '  60 tutors in our middle schools by fall\n\nEvery senior gets FAFSA help  \n',
    planElements: ['more-resources', 'next-steps'],
  };
  return plan;
}
