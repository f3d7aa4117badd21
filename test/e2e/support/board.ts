import type { Locator, Page } from '@playwright/test';

/**
 * A real pointer drag on the pairing board, in small steps so @dnd-kit's pointer sensor sees a
 * drag, dropped near the top of the target (a mentor column's head, the pool).
 */
export async function drag(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('drag source or target is not visible');
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 8, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 90), { steps: 20 });
  await page.mouse.up();
}
