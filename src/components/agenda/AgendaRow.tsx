import { memo, useState } from 'react';
import { quotedTitle } from '../../domain/agenda-edit';
import { formatClock, formatDuration } from '../../domain/agenda-times';
import type { AgendaItem } from '../../domain/plan';
import { deleteItem, duplicateItem, moveItem, moveToOtherDay } from '../../stores/agenda';
import { focusSoon, ids, takeOpenOnMount, type Announce } from './focus';
import { ItemEditor, type GoalOption } from './ItemEditor';
import { KIND_LABELS } from './labels';
import { holdScroll, type PointerDrag } from './pointer-drag';
import { useRoving } from '../ui/roving';

interface Props {
  item: AgendaItem;
  startMinutes: number;
  endMinutes: number;
  isFirst: boolean;
  isLast: boolean;
  dayIndex: number;
  /** 2 when the event has two days: the row offers a move to the other day. */
  dayCount: number;
  goalOptions: readonly GoalOption[];
  drag: PointerDrag;
  announce: Announce;
}

/**
 * One agenda item: computed time range, title, kind and length, a handle to drag it by, a toolbar
 * (one tab stop, arrow keys inside) to move, copy and delete it, and a disclosure with the rest
 * of its fields. Memoised: a keystroke in one item leaves the other rows alone, which keeps a
 * 60-item day smooth.
 */
export const AgendaRow = memo(function AgendaRow({
  item,
  startMinutes,
  endMinutes,
  isFirst,
  isLast,
  dayIndex,
  dayCount,
  goalOptions,
  drag,
  announce,
}: Props) {
  const [open, setOpen] = useState(() => takeOpenOnMount(item.id));
  const otherDay = dayIndex === 0 ? 2 : 1;
  const title = item.title.trim() || 'Untitled item';
  const { toolbar, tab } = useRoving(dayCount > 1 ? 6 : 5);
  let button = 0;

  const onMove = (delta: -1 | 1) => {
    moveItem(item.id, delta);
    announce(`Moved ${quotedTitle(item)} ${delta < 0 ? 'up' : 'down'}.`);
    const same = delta < 0 ? ids.up(item.id) : ids.down(item.id);
    const other = delta < 0 ? ids.down(item.id) : ids.up(item.id);
    focusSoon(same, other);
  };

  return (
    <li className="agenda-row" data-item-id={item.id}>
      <div className="row-main">
        <span className="drag-handle" aria-hidden="true" title="Drag to reorder" ref={holdScroll} {...drag}>
          ⠿
        </span>
        <div className="item-summary" id={ids.summary(item.id)} tabIndex={-1}>
          <span className="item-time">
            {formatClock(startMinutes)}
            <span aria-hidden="true">–</span>
            <span className="visually-hidden"> to </span>
            {formatClock(endMinutes)}
            <span className="visually-hidden">, </span>
          </span>
          <span className="item-title">{title}</span>
          <span className="visually-hidden">, </span>
          <span className={`item-kind kind-${item.kind}`}>{KIND_LABELS[item.kind]}</span>
          <span className="visually-hidden">, </span>
          <span className="item-duration">{formatDuration(item.minutes)}</span>
        </div>
        <div className="row-actions" aria-label={`Actions for ${quotedTitle(item)}`} {...toolbar}>
          <button
            type="button"
            tabIndex={tab(button++)}
            className="secondary small"
            id={ids.up(item.id)}
            aria-disabled={isFirst || undefined}
            onClick={() => !isFirst && onMove(-1)}
          >
            Move up<span className="visually-hidden"> {title}</span>
          </button>
          <button
            type="button"
            tabIndex={tab(button++)}
            className="secondary small"
            id={ids.down(item.id)}
            aria-disabled={isLast || undefined}
            onClick={() => !isLast && onMove(1)}
          >
            Move down<span className="visually-hidden"> {title}</span>
          </button>
          {dayCount > 1 && (
            <button
              type="button"
              tabIndex={tab(button++)}
              className="secondary small"
              id={ids.otherDay(item.id)}
              onClick={() => {
                moveToOtherDay(item.id);
                announce(`Moved ${quotedTitle(item)} to day ${otherDay}.`);
                focusSoon(ids.otherDay(item.id));
              }}
            >
              To day {otherDay}
              <span className="visually-hidden"> {title}</span>
            </button>
          )}
          <button
            type="button"
            tabIndex={tab(button++)}
            className="secondary small"
            onClick={() => {
              const copy = duplicateItem(item.id);
              announce(`Added a copy of ${quotedTitle(item)}.`);
              focusSoon(ids.summary(copy));
            }}
          >
            Duplicate<span className="visually-hidden"> {title}</span>
          </button>
          <button
            type="button"
            tabIndex={tab(button++)}
            className="danger small"
            onClick={() => {
              const next = deleteItem(item.id);
              announce(`Deleted ${quotedTitle(item)}. Undo brings it back.`);
              focusSoon(...(next ? [ids.summary(next)] : []), ids.add(dayIndex));
            }}
          >
            Delete<span className="visually-hidden"> {title}</span>
          </button>
          <button
            type="button"
            tabIndex={tab(button++)}
            className="small"
            id={ids.edit(item.id)}
            aria-expanded={open}
            aria-controls={`editor-${item.id}`}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Close' : 'Edit'}
            <span className="visually-hidden"> {title}</span>
          </button>
        </div>
      </div>
      {open && <ItemEditor item={item} goalOptions={goalOptions} panelId={`editor-${item.id}`} />}
    </li>
  );
});
