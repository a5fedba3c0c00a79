import { describe, expect, it } from 'vitest';
import { undoShortcut, type ShortcutKey } from '../../src/components/ui/undo-shortcuts';

const press = (key: string, extra: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key,
  ctrlKey: true,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  inTextField: false,
  ...extra,
});

describe('undo shortcuts', () => {
  it('reads Ctrl or Cmd+Z as undo and Shift+Z or Y as redo', () => {
    expect(undoShortcut(press('z'))).toBe('undo');
    expect(undoShortcut(press('Z', { shiftKey: true }))).toBe('redo');
    expect(undoShortcut(press('y'))).toBe('redo');
    expect(undoShortcut(press('z', { ctrlKey: false, metaKey: true }))).toBe('undo');
  });

  it('leaves typing, other keys and Alt combinations to the browser', () => {
    expect(undoShortcut(press('z', { inTextField: true }))).toBeNull();
    expect(undoShortcut(press('z', { ctrlKey: false }))).toBeNull();
    expect(undoShortcut(press('z', { altKey: true }))).toBeNull();
    expect(undoShortcut(press('y', { shiftKey: true }))).toBeNull();
    expect(undoShortcut(press('x'))).toBeNull();
  });
});
