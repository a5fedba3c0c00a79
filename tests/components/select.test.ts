import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { deferredOptions, optionsFrom, Select } from '../../src/components/ui/Select';

const OPTIONS = optionsFrom(['a', 'b'] as const, { a: 'Apple', b: 'Banana' });
const render = (props: Partial<Parameters<typeof Select<'a' | 'b'>>[0]>): string =>
  renderToStaticMarkup(
    createElement(Select<'a' | 'b'>, {
      label: 'Fruit',
      id: 'fruit',
      value: 'b',
      options: OPTIONS,
      onChange: () => {},
      ...props,
    }),
  );

describe('Select', () => {
  it('ties the label, hint and error to the list, as Field does for other controls', () => {
    expect(render({ hint: 'Pick one.', error: 'Choose a fruit.' })).toBe(
      '<div class="field"><label for="fruit">Fruit</label><p class="hint" id="fruit-hint">Pick one.</p>' +
        '<select id="fruit" aria-describedby="fruit-hint fruit-error" aria-invalid="true">' +
        '<option value="a">Apple</option><option value="b" selected="">Banana</option></select>' +
        '<p class="field-error" id="fruit-error">Choose a fruit.</p></div>',
    );
  });

  it('keeps the label as the accessible name when it is shown inline or only to screen readers', () => {
    expect(render({ labelStyle: 'inline' })).toBe(
      '<label class="inline-label" for="fruit">Fruit</label><select id="fruit">' +
        '<option value="a">Apple</option><option value="b" selected="">Banana</option></select>',
    );
    expect(render({ labelStyle: 'hidden' })).toMatch(
      /^<label class="visually-hidden" for="fruit">Fruit<\/label><select id="fruit">/,
    );
  });

  it('lists options from values and labels in the order of the values', () => {
    expect(optionsFrom(['b', 'a'] as const, { a: 'Apple', b: 'Banana' })).toEqual([
      { value: 'b', label: 'Banana' },
      { value: 'a', label: 'Apple' },
    ]);
  });

  it('puts only the chosen option in the page while a long list is deferred', () => {
    const html = render({ deferOptions: true });
    expect(html).toContain('<option value="b" selected="">Banana</option>');
    expect(html).not.toContain('Apple');
    expect(render({ deferOptions: false })).toContain('Apple');
  });

  it('starts a deferred list with the chosen option, or the first when none is chosen', () => {
    expect(deferredOptions(OPTIONS, 'b')).toEqual([{ value: 'b', label: 'Banana' }]);
    expect(deferredOptions(OPTIONS, 'z' as 'a')).toEqual([{ value: 'a', label: 'Apple' }]);
    expect(deferredOptions([], 'a')).toEqual([]);
  });
});
