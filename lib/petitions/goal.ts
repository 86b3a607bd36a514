// No database here: the live count on a page (a client component) draws the goal too.

/** The goal shown: the set goal, raised to the next milestone once it is reached. */
export function currentGoal(goal: number, count: number): number {
  if (count < goal) return goal;
  // Milestones: the first of goal × 2, × 5, × 10, × 20 … that is still ahead.
  const steps = [2, 5];
  for (let scale = 1; ; scale *= 10) {
    for (const step of steps) if (goal * step * scale > count) return goal * step * scale;
    if (goal * 10 * scale > count) return goal * 10 * scale;
  }
}
