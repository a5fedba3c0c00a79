import { useState } from 'react';
import { linesToList, quotedTitle } from '../../domain/agenda-edit';
import type { AgendaItem } from '../../domain/plan';
import { beginItemEdit, editItemLive, endItemEdit } from '../../stores/agenda';
import { Field } from '../ui/Field';

interface Props {
  item: AgendaItem;
  field: 'materials' | 'prompts' | 'steps';
  label: string;
  /** Longest entry the plan accepts. */
  max: number;
}

/** A list edited one entry per line. The box keeps blank lines while typing; the plan does not. */
export function ListArea({ item, field, label, max }: Props) {
  const value = item[field];
  const [text, setText] = useState(value.join('\n'));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // Undo or redo changed the list: show it, unless the box already holds the same entries.
    setSeen(value);
    if (JSON.stringify(linesToList(text)) !== JSON.stringify(value)) setText(value.join('\n'));
  }
  const tooLong = linesToList(text).some((line) => line.length > max);
  return (
    <Field
      label={label}
      hint="One per line."
      error={tooLong ? `${label}: keep each line under ${max} characters.` : undefined}
    >
      <textarea
        rows={4}
        value={text}
        onFocus={() => beginItemEdit(item.id, `edit ${label.toLowerCase()} of ${quotedTitle(item)}`)}
        onChange={(e) => {
          setText(e.target.value);
          const list = linesToList(e.target.value);
          if (!list.some((line) => line.length > max)) editItemLive(item.id, { [field]: list });
        }}
        onBlur={endItemEdit}
      />
    </Field>
  );
}
