import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { planIsland } from '../../src/components/ui/plan-island';
import { $saveStatus } from '../../src/stores/persistence';

const View = ({ name }: { name: string }) => createElement('p', null, `The plan of ${name}`);
const Island = planIsland(View);
const render = () =>
  renderToStaticMarkup(createElement(Island, { name: 'Riverside' }, createElement('i', null, 'frame')));

afterEach(() => $saveStatus.set({ kind: 'starting' }));

describe('planIsland', () => {
  it('renders the frame it is given, not the view, while the saved plan is being read', () => {
    expect(render()).toBe('<i>frame</i>');
  });

  it('still renders the frame first when the plan is already in, so hydrating matches the server', () => {
    $saveStatus.set({ kind: 'saved', savedAt: '' });
    expect(render()).toBe('<i>frame</i>');
  });
});
