import { useEffect, useRef, useState } from 'react';
import type { CustomGoal } from '../../domain/plan';
import { addCustomGoal, deleteCustomGoal, editCustomGoal, toggleGoalChoice } from '../../stores/goals';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { OwnGoalForm } from './OwnGoalForm';

interface Props {
  custom: CustomGoal[];
  selected: string[];
  onAnnounce: (message: string) => void;
}

const titleOf = (goal: CustomGoal) => goal.title || 'Untitled goal';

/** The convener's own goals: choose, edit or delete each, and add new ones. */
export function OwnGoals({ custom, selected, onAnnounce }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CustomGoal | null>(null);
  const [adding, setAdding] = useState(false);
  // Where focus goes when the control that had it disappears (form closed, goal deleted).
  const focusNext = useRef<string | null>(null);
  const setFocusId = (id: string | null) => {
    focusNext.current = id;
  };
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const closeEdit = (goal: CustomGoal) => {
    setEditing(null);
    setFocusId(`own-goal-edit-${goal.id}`);
  };

  return (
    <section aria-labelledby="own-goals-heading" className="own-goals">
      <h3 id="own-goals-heading">Your own goals</h3>
      <p className="hint">They count toward the two to four like the toolkit's goals.</p>
      {custom.length > 0 && (
        <ul className="goal-options">
          {custom.map((goal) =>
            editing === goal.id ? (
              <li key={goal.id}>
                <OwnGoalForm
                  heading={`Edit ${titleOf(goal)}`}
                  initial={goal}
                  autoFocus
                  submitLabel="Save changes"
                  onSubmit={(input) => {
                    const result = editCustomGoal(goal.id, input);
                    if (!result.ok) return result.error;
                    closeEdit(goal);
                    onAnnounce(`Saved your goal "${input.title.trim()}".`);
                    return null;
                  }}
                  onCancel={() => closeEdit(goal)}
                />
              </li>
            ) : (
              <li key={goal.id}>
                <input
                  type="checkbox"
                  id={`own-goal-${goal.id}`}
                  checked={selected.includes(goal.id)}
                  onChange={() => toggleGoalChoice(goal.id)}
                  aria-describedby={goal.description ? `own-goal-${goal.id}-desc` : undefined}
                />
                <div>
                  <label htmlFor={`own-goal-${goal.id}`}>{titleOf(goal)}</label>
                  {goal.description && (
                    <p className="hint" id={`own-goal-${goal.id}-desc`}>
                      {goal.description}
                    </p>
                  )}
                  <div className="actions">
                    <button
                      type="button"
                      className="secondary small"
                      id={`own-goal-edit-${goal.id}`}
                      aria-label={`Edit: ${titleOf(goal)}`}
                      onClick={() => {
                        setFocusId(null);
                        setEditing(goal.id);
                      }}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="danger small"
                      aria-label={`Delete: ${titleOf(goal)}`}
                      onClick={() => setDeleting(goal)}
                    >
                      Delete
                    </button>
                  </div>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {adding ? (
        <OwnGoalForm
          heading="Add a goal of your own"
          submitLabel="Add goal"
          autoFocus
          onSubmit={(input) => {
            const result = addCustomGoal(input);
            if (!result.ok) return result.error;
            setAdding(false);
            setFocusId('own-goal-add');
            onAnnounce(`Added your goal "${input.title.trim()}" and chose it.`);
            return null;
          }}
          onCancel={() => {
            setAdding(false);
            setFocusId('own-goal-add');
          }}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            id="own-goal-add"
            onClick={() => {
              setFocusId(null);
              setAdding(true);
            }}
          >
            Write a goal of your own
          </button>
        </div>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this goal?"
        confirmLabel="Delete goal"
        danger
        onConfirm={() => {
          if (deleting) {
            deleteCustomGoal(deleting.id);
            onAnnounce(`Deleted your goal "${titleOf(deleting)}".`);
          }
          setDeleting(null);
          setFocusId('own-goal-add');
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>
          "{deleting ? titleOf(deleting) : ''}" and its description will be gone. To keep it for later, untick it
          instead.
        </p>
      </ConfirmDialog>
    </section>
  );
}
