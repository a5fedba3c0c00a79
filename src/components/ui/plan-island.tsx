/**
 * Islands rendered on the server: until the saved plan is read (IndexedDB, after the scripts
 * run), an island shows the frame its page gives it as children — static HTML with the layout of
 * the empty plan, see PlanFrame.astro — and then its view. The server and the first, hydrating
 * render both show the frame, so hydration always matches; the view replaces it in one commit.
 */
import '../../stores/boot';
import { startTransition, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { $saveStatus } from '../../stores/persistence';

/**
 * Whether the saved plan is in: false on the server and while hydrating, then true for good.
 * The view is rendered as a transition, in slices between which the browser can respond,
 * rather than in one long task (the frame is on screen meanwhile; only the commit is one piece).
 */
export function usePlanLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const check = () => {
      if ($saveStatus.get().kind !== 'starting') startTransition(() => setLoaded(true));
    };
    check();
    return $saveStatus.listen(check);
  }, []);
  return loaded;
}

/** Wraps an island's view: the page's frame (children) until the plan is loaded, then the view. */
export function planIsland<P extends object>(View: ComponentType<P>) {
  return function PlanIsland({ children, ...props }: P & { children?: ReactNode }) {
    return usePlanLoaded() ? <View {...(props as P)} /> : <>{children}</>;
  };
}
