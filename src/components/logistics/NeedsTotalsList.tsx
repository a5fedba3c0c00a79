import type { NeedsTotals } from '../../domain/needs';

/** The accommodation totals as a short list (interpretation per language first). */
export function NeedsTotalsList({ totals }: { totals: NeedsTotals }) {
  const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);
  return (
    <ul className="needs-totals">
      {totals.interpretation.length === 0 ? (
        <li>Interpretation: nobody asked</li>
      ) : (
        totals.interpretation.map((entry) => (
          <li key={entry.language}>
            Interpretation into {entry.language}: {people(entry.people)}
          </li>
        ))
      )}
      <li>Children needing childcare: {totals.children}</li>
      <li>Stipends: {people(totals.stipends)}</li>
      <li>Transport: {people(totals.transport)}</li>
      <li>Dietary needs: {people(totals.dietary)}</li>
      <li>Access needs: {people(totals.access)}</li>
    </ul>
  );
}
