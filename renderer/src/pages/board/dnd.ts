import {
  KeyboardCode,
  pointerWithin,
  type Announcements,
  type ClientRect,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
} from '@dnd-kit/core';

/** What a draggable mentee card carries. */
export interface CardData {
  menteeEnrolmentId: number;
  name: string;
  /** Set when the card is a proposal in a mentor's column. */
  pairingId?: number;
  fromMentor?: number;
}

/** What a drop target (a mentor's column or the pool) carries. */
export interface TargetData {
  name: string;
}

export const POOL_ID = 'pool';
export const mentorDropId = (enrolmentId: number) => `mentor:${enrolmentId}`;
export const mentorOfDropId = (id: UniqueIdentifier): number | null => {
  const match = /^mentor:(\d+)$/.exec(String(id));
  return match ? Number(match[1]) : null;
};

const center = (r: ClientRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
const contains = (r: ClientRect, p: { x: number; y: number }) =>
  p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

/**
 * With a pointer: the target under it. With the keyboard (no pointer): the target that holds
 * the centre of the dragged card, which the coordinate getter below places on a target.
 */
export const boardCollision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  const point = center(args.collisionRect);
  const hit = args.droppableContainers.find((c) => {
    const rect = args.droppableRects.get(c.id);
    return rect !== undefined && contains(rect, point);
  });
  return hit ? [{ id: hit.id, data: { droppableContainer: hit, value: 0 } }] : [];
};

const NEXT = new Set<string>([KeyboardCode.Right, KeyboardCode.Down]);
const PREVIOUS = new Set<string>([KeyboardCode.Left, KeyboardCode.Up]);

/** Arrow keys jump from target to target in reading order (pool, then mentors) instead of 25px. */
export const jumpBetweenTargets: KeyboardCoordinateGetter = (event, { context }) => {
  if (!NEXT.has(event.code) && !PREVIOUS.has(event.code)) return undefined;
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;
  event.preventDefault();
  const targets = droppableContainers
    .getEnabled()
    .flatMap((c) => {
      const rect = droppableRects.get(c.id);
      return rect ? [{ id: c.id, rect }] : [];
    })
    .sort((a, b) => Math.round(a.rect.top - b.rect.top) || a.rect.left - b.rect.left);
  if (targets.length === 0) return undefined;
  const index = targets.findIndex((t) => t.id === over?.id);
  const step = NEXT.has(event.code) ? 1 : -1;
  const nextIndex =
    index === -1
      ? step > 0
        ? 0
        : targets.length - 1
      : (index + step + targets.length) % targets.length;
  const target = targets[nextIndex];
  if (!target) return undefined;
  const y = target.rect.top + Math.min(target.rect.height / 2, 80);
  return {
    x: target.rect.left + target.rect.width / 2 - collisionRect.width / 2,
    y: y - collisionRect.height / 2,
  };
};

const nameOf = (data: unknown): string =>
  typeof data === 'object' && data !== null && 'name' in data && typeof data.name === 'string'
    ? data.name
    : 'the mentee';

/** Spoken by screen readers while dragging, with the people's names. */
export const announcements: Announcements = {
  onDragStart: ({ active }) =>
    `Picked up ${nameOf(active.data.current)}. Arrow keys move between the pool and the mentors; Space drops; Escape cancels.`,
  onDragOver: ({ active, over }) =>
    over
      ? `${nameOf(active.data.current)} is over ${nameOf(over.data.current)}.`
      : `${nameOf(active.data.current)} is not over a mentor.`,
  onDragEnd: ({ active, over }) =>
    over
      ? `${nameOf(active.data.current)} was dropped on ${nameOf(over.data.current)}.`
      : `${nameOf(active.data.current)} was dropped; nothing changed.`,
  onDragCancel: ({ active }) => `Moving ${nameOf(active.data.current)} was cancelled.`,
};

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this mentee, press Space or Enter, use the arrow keys to reach a mentor or the pool, and press Space or Enter again to drop; Escape cancels. The “Move to…” button does the same from a list.',
};
