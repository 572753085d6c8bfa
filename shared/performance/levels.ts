import type { Level } from '../domain/team-member';
import { addFigures, varianceOf, type Figures, type Variance } from './variance';

export interface LevelComparison {
  level: Level;
  members: number;
  figures: Figures;
  variance: Variance;
  /** Achieved per member of the level. */
  perMemberCents: number;
  /** Achieved per account the level's members own (what an average customer contributes). */
  perAccountCents: number;
  /** Share of new business in what was achieved, percent (null when nothing was achieved). */
  newSharePct: number | null;
}

/** Juniors next to Seniors: attainment, average contribution and the new/existing mix. */
export function compareLevels(
  members: ReadonlyArray<{ memberId: string; level: Level; figures: Figures; accounts: number }>,
): LevelComparison[] {
  return (['junior', 'senior'] as const).map((level) => {
    const own = members.filter((m) => m.level === level);
    const figures = addFigures(own.map((m) => m.figures));
    const accounts = own.reduce((sum, m) => sum + m.accounts, 0);
    return {
      level,
      members: own.length,
      figures,
      variance: varianceOf(figures),
      perMemberCents: own.length ? Math.round(figures.achievedCents / own.length) : 0,
      perAccountCents: accounts ? Math.round(figures.achievedCents / accounts) : 0,
      newSharePct:
        figures.achievedCents > 0 ? (figures.newCents / figures.achievedCents) * 100 : null,
    };
  });
}
