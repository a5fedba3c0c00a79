/**
 * Co-convener actions for the start page's list. Co-conveners live on the invitee list (role
 * "co-convener"), so each action is one labelled edit of the invitees, undone like any other.
 */
import {
  addCoConvener as addCoConvenerTo,
  coConvenerLabel,
  removeCoConvener as removeCoConvenerFrom,
} from '../domain/co-conveners';
import { newId } from '../domain/plan';
import { ok, type Result } from '../domain/result';
import { $plan, updatePart } from './plan';

/** Adds a co-convener (see addCoConvener); the reason when it cannot be added. */
export function addCoConvener(name: string): Result<null> {
  const next = addCoConvenerTo($plan.get().invitees, name, newId);
  if (!next.ok) return next;
  updatePart('invitees', `add the co-convener ${name.trim()}`, () => next.value);
  return ok(null);
}

/** Removes a co-convener: a start-page entry leaves the list, an invitee only loses the role. */
export function removeCoConvener(id: string): void {
  const person = $plan.get().invitees.find((p) => p.id === id);
  if (!person) return;
  updatePart('invitees', `remove the co-convener ${coConvenerLabel(person)}`, (list) => removeCoConvenerFrom(list, id));
}
