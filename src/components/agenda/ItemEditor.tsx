import { useState } from 'react';
import { MAX_ITEM_MINUTES, MIN_ITEM_MINUTES, parseMinutes, quotedTitle } from '../../domain/agenda-edit';
import { ITEM_KINDS, ITEM_TAGS, type AgendaItem } from '../../domain/plan';
import { beginItemEdit, editItemLive, endItemEdit, setItemFields } from '../../stores/agenda';
import { Field } from '../ui/Field';
import { optionsFrom, Select } from '../ui/Select';
import { ListArea } from './ListArea';
import { KIND_LABELS, TAG_LABELS } from './labels';
import { ids } from './focus';

const KIND_OPTIONS = optionsFrom(ITEM_KINDS, KIND_LABELS);

/** A goal the item can serve; `chosen` goals were picked on the goals step. */
export interface GoalOption {
  id: string;
  title: string;
  chosen: boolean;
}

interface Props {
  item: AgendaItem;
  goalOptions: readonly GoalOption[];
  panelId: string;
}

/** All fields of one item. Text is written as it is typed; each field visit is one undo step. */
export function ItemEditor({ item, goalOptions, panelId }: Props) {
  const name = quotedTitle(item);
  const [minutesText, setMinutesText] = useState(String(item.minutes));
  const [seenMinutes, setSeenMinutes] = useState(item.minutes);
  if (seenMinutes !== item.minutes) {
    // Undo or redo changed the length: show the plan's value unless the box already says it.
    setSeenMinutes(item.minutes);
    const typed = parseMinutes(minutesText);
    if (!typed.ok || typed.value !== item.minutes) setMinutesText(String(item.minutes));
  }
  const minutes = parseMinutes(minutesText);
  const textProps = (field: 'title' | 'lead' | 'notes' | 'purpose', label: string) => ({
    value: item[field],
    onFocus: () => beginItemEdit(item.id, `edit ${label} of ${name}`),
    onChange: (e: { target: { value: string } }) => editItemLive(item.id, { [field]: e.target.value }),
    onBlur: endItemEdit,
  });
  const options = goalOptions.filter((g) => g.chosen || item.goals.includes(g.id));

  return (
    <div className="item-editor" id={panelId} role="group" aria-label={`Details of ${name}`}>
      <div className="field-row">
        <Field label="Title">
          <input type="text" id={ids.title(item.id)} maxLength={300} {...textProps('title', 'the title')} />
        </Field>
        <Select
          label="Kind"
          value={item.kind}
          options={KIND_OPTIONS}
          onChange={(kind) => setItemFields(item.id, { kind }, `change the kind of ${name}`)}
        />
        <Field
          label="Minutes"
          hint={`Whole minutes, ${MIN_ITEM_MINUTES} to ${MAX_ITEM_MINUTES}.`}
          error={minutes.ok ? undefined : `Length of ${name}: ${minutes.error}`}
        >
          <input
            type="number"
            min={MIN_ITEM_MINUTES}
            max={MAX_ITEM_MINUTES}
            step={1}
            inputMode="numeric"
            value={minutesText}
            onFocus={() => beginItemEdit(item.id, `change the length of ${name}`)}
            onChange={(e) => {
              setMinutesText(e.target.value);
              const parsed = parseMinutes(e.target.value);
              if (parsed.ok) editItemLive(item.id, { minutes: parsed.value });
            }}
            onBlur={endItemEdit}
          />
        </Field>
      </div>
      <fieldset>
        <legend>Goals it serves</legend>
        {options.length === 0 ? (
          <p className="hint">Choose your event goals on the Goals step; they appear here to tick.</p>
        ) : (
          options.map((goal) => (
            <label className="check" key={goal.id}>
              <input
                type="checkbox"
                checked={item.goals.includes(goal.id)}
                onChange={(e) =>
                  setItemFields(
                    item.id,
                    {
                      goals: e.target.checked ? [...item.goals, goal.id] : item.goals.filter((g) => g !== goal.id),
                    },
                    `change the goals of ${name}`,
                  )
                }
              />
              <span>
                {goal.title}
                {!goal.chosen && ' (not one of your chosen goals)'}
              </span>
            </label>
          ))
        )}
      </fieldset>
      <fieldset>
        <legend>Counts for the checks as</legend>
        <div className="tag-grid">
          {ITEM_TAGS.map((tag) => (
            <label className="check" key={tag}>
              <input
                type="checkbox"
                checked={item.tags.includes(tag)}
                onChange={(e) =>
                  setItemFields(
                    item.id,
                    { tags: e.target.checked ? [...item.tags, tag] : item.tags.filter((t) => t !== tag) },
                    `change what ${name} counts as`,
                  )
                }
              />
              <span>{TAG_LABELS[tag]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <Field label="Who leads it">
          <input type="text" maxLength={200} {...textProps('lead', 'the lead')} />
        </Field>
        <Field label="Purpose" hint="One line for the facilitator handout.">
          <input type="text" maxLength={1000} {...textProps('purpose', 'the purpose')} />
        </Field>
      </div>
      <Field label="Facilitator notes">
        <textarea rows={3} maxLength={10000} {...textProps('notes', 'the notes')} />
      </Field>
      <div className="grid-3">
        <ListArea item={item} field="materials" label="Materials" max={500} />
        <ListArea item={item} field="prompts" label="Discussion prompts" max={1000} />
        <ListArea item={item} field="steps" label="Facilitator steps" max={1000} />
      </div>
    </div>
  );
}
