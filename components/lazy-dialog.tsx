"use client";

import { lazy, Suspense, useState, type ComponentType } from "react";

/**
 * A dialog whose code is fetched the first time it opens rather than with the page, and which then
 * stays mounted so it can animate closed and keep its state.
 */
export function lazyDialog<Props extends { open: boolean }>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const Dialog = lazy(async () => ({ default: await load() }));
  function LazyDialog(props: Props) {
    const [opened, setOpened] = useState(props.open);
    // Derived from the props while rendering (not in an effect): the dialog opens in the same pass.
    if (props.open && !opened) setOpened(true);
    if (!opened && !props.open) return null;
    return (
      <Suspense fallback={null}>
        <Dialog {...props} />
      </Suspense>
    );
  }
  return LazyDialog;
}
