import type { Approval } from '@shared/domain/approval';
import { ClassificationCard } from './ClassificationCard';
import { ExceptionCard } from './ExceptionCard';
import { PlanProposalCard } from './PlanProposalCard';
import { ReassignmentCard } from './ReassignmentCard';
import { ScenarioCard } from './ScenarioCard';
import { TerritoryCard } from './TerritoryCard';

interface Props {
  approval: Approval;
  name: (id: string | null) => string;
}

/** The card of a waiting request, by its kind (the one place that lists them). */
export function ApprovalCard({ approval, name }: Props) {
  const common = { name };
  switch (approval.kind) {
    case 'reassignment':
      return <ReassignmentCard approval={approval} {...common} />;
    case 'territory':
      return <TerritoryCard approval={approval} {...common} />;
    case 'exception':
      return <ExceptionCard approval={approval} {...common} />;
    case 'classification':
      return <ClassificationCard approval={approval} {...common} />;
    case 'scenario':
      return <ScenarioCard approval={approval} {...common} />;
    case 'plan':
      return <PlanProposalCard approval={approval} name={name} />;
    // Recorded, never requested: member and authority changes, undos, settled conflicts.
    case 'member':
    case 'authority':
    case 'undo':
    case 'conflict':
      return null;
  }
}
