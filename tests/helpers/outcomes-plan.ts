/**
 * The sample plan after the event: two goals agreed, commitments from three organisations (one
 * with accents, emoji and CJK, one that looks like a spreadsheet formula), notes heard in one
 * session, two confirmed assets, the next meeting and two people marked as attended.
 */
import type { Plan } from '../../src/domain/plan';
import type { Content } from './content';
import { samplePlan } from './sample-plan';

export function planAfterEvent(content: Content): Plan {
  const plan = samplePlan(content);
  const day1 = plan.days[0]!;
  return {
    ...plan,
    days: [
      {
        ...day1,
        items: day1.items.map((item) =>
          item.id === 'd1-i2'
            ? { ...item, heard: 'Attendance is the top concern.\nFamilies want evening sessions.' }
            : item,
        ),
      },
      plan.days[1]!,
    ],
    invitees: plan.invitees.map((p) => (p.id === 'p1' || p.id === 'p2' ? { ...p, attended: true } : p)),
    outcomes: {
      goalsAgreed: [
        {
          id: 'g1',
          who: 'Riverside Unified and the Boys & Girls Club',
          what: 'Recruit and train tutors for the three middle schools',
          howMany: '60 tutors',
          byWhen: '2027-09-01',
          fromGoal: 'set-goals',
        },
        {
          id: 'g2',
          who: '',
          what: 'Match students on the absence list with mentors',
          howMany: '150 students',
          byWhen: '',
          fromGoal: '',
        },
      ],
      commitments: [
        {
          id: 'c1',
          organization: 'Boys & Girls Club',
          person: 'Marcus Lee',
          inviteeId: 'p2',
          what: 'Host two tutor trainings',
          due: '2027-04-13',
        },
        {
          id: 'c2',
          organization: 'Riverside College',
          person: '李小龍',
          inviteeId: 'p3',
          what: 'Share the work-study list; café tutors 😀',
          due: '2027-04-01',
        },
        { id: 'c3', organization: '', person: 'Jo Park', inviteeId: '', what: '=HYPERLINK("x")', due: '' },
        { id: 'c4', organization: 'boys & girls club', person: '', inviteeId: '', what: 'Open a third site', due: '' },
      ],
      assetsConfirmed: [
        { id: 'a1', kind: 'youth-serving-orgs', text: 'Tutoring at two club sites' },
        { id: 'a2', kind: '', text: 'Library study rooms after school' },
      ],
      nextMeeting: { date: '2027-04-15', start: '15:00', end: '16:30', place: 'City Hall, Room 2' },
      thanks: '',
    },
  };
}
