/** The commitments and the thank-you list as CSV (same writer as every other CSV: BOM, quoting, formula guard). */
import type { Plan } from '../domain/plan';
import { toCsv } from './csv';

/** Columns: Organization, Person, Email, Commitment, Due date (`YYYY-MM-DD`), in the order noted. */
export function commitmentsCsv(plan: Plan): string {
  const emails = new Map(plan.invitees.map((p) => [p.id, p.email]));
  return toCsv([
    ['Organization', 'Person', 'Email', 'Commitment', 'Due date'],
    ...plan.outcomes.commitments.map((c) => [c.organization, c.person, emails.get(c.inviteeId) ?? '', c.what, c.due]),
  ]);
}

/** Everyone marked as attended, for thank-you notes: Name, Organization, Role, Email. */
export function thankYouCsv(plan: Plan): string {
  return toCsv([
    ['Name', 'Organization', 'Role', 'Email'],
    ...plan.invitees.filter((p) => p.attended).map((p) => [p.name, p.organization, p.role, p.email]),
  ]);
}
