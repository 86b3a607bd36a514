import { useFormatter, useTranslations } from 'next-intl';
import { currentGoal } from '@/lib/petitions/goal';

/** The count and a progress bar whose spoken label says the same as the visible text. */
export function PetitionProgress({ id, count, goal }: { id: string; count: number; goal: number }) {
  const t = useTranslations('Petitions');
  const format = useFormatter();
  const target = currentGoal(goal, count);
  return (
    <div className="petition-progress">
      <p id={`${id}-count`} className="count">
        {t('progress', { count, goal: format.number(target) })}
      </p>
      <progress value={Math.min(count, target)} max={target} aria-labelledby={`${id}-count`} />
    </div>
  );
}
