"use client";

import { useEffect, useRef, type RefObject } from "react";

/** Within this distance of the bottom, the reader is "following" the reply. */
const FOLLOW_THRESHOLD_PX = 80;

/**
 * Keeps the newest content in view while the reader is at the bottom; once they scroll up to
 * read, it stops pulling them down until they return to the bottom.
 */
export function useAutoscroll(container: RefObject<HTMLElement | null>, content: unknown) {
  const following = useRef(true);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onScroll = () => {
      following.current = element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_THRESHOLD_PX;
    };
    element.addEventListener("scroll", onScroll, { passive: true });
    return () => element.removeEventListener("scroll", onScroll);
  }, [container]);

  useEffect(() => {
    const element = container.current;
    if (element && following.current) element.scrollTo({ top: element.scrollHeight });
  }, [container, content]);
}
