import { useState } from 'react';
import type { TeamMember } from '@shared/domain/team-member';
import type { Actor } from '@shared/planning/plan-workflow';
import { useCommand } from '@renderer/app/use-command';
import type { Command } from '@renderer/commands/command';
import { useI18n } from '@renderer/i18n/i18n-context';
import { planGapCents } from '@shared/planning/plan-workflow';
import {
  decidePartCommand,
  decideTeamPlanCommand,
  nextVersionCommand,
  submitOwnPartCommand,
  submitTeamPlanCommand,
  type PlanSnapshot,
} from './plan-commands';

interface Props {
  snapshot: PlanSnapshot;
  members: ReadonlyMap<string, TeamMember>;
  actor: Actor;
  onPlanChanged: (planId: string) => void;
}

/** The seed's approval rule, where the plan is: submit, approve, send back, new version. */
export function ApprovalPanel({ snapshot, members, actor, onPlanChanged }: Props) {
  const { t } = useI18n();
  const command = useCommand();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const { plan, targets } = snapshot;
  const name = (id: string | null | undefined) =>
    id ? (members.get(id)?.name ?? '–') : t('accounts.history.lead');
  const me = actor ? members.get(actor.id) : undefined;
  const own = actor ? targets.find((t) => t.memberId === actor.id) : undefined;
  // Parts this actor decides: their Juniors' submitted ones (the lead: every submitted one).
  const toDecide = targets.filter((target) => {
    const member = members.get(target.memberId);
    return (
      target.signoff === 'submitted' &&
      member?.level === 'junior' &&
      (actor === null || member.supervisorId === actor.id)
    );
  });

  const run = async (step: Command<string>) => {
    setBusy(true);
    const outcome = await command(step, () => t('plans.approval.done'));
    if (outcome?.kind === 'applied') {
      setComment('');
      onPlanChanged(outcome.value);
    }
    setBusy(false);
  };
  const gap = planGapCents(plan, targets);

  const commentField = (
    <div className="field">
      <label htmlFor="plan-comment">{t('plans.approval.comment')}</label>
      <textarea
        id="plan-comment"
        className="input"
        rows={2}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
    </div>
  );

  return (
    <section className="card" aria-labelledby="plan-approval-title">
      <h2 id="plan-approval-title">{t('plans.approval.title')}</h2>
      <p className="hint">{t('plans.approval.lead')}</p>
      <p>
        {t('plans.approval.actingAs', { name: name(actor?.id ?? null) })}{' '}
        <span className="badge">{t(`plans.state.${plan.state}`)}</span>
      </p>
      {plan.state === 'approved' && <p className="muted">{t('plans.approval.locked')}</p>}
      {plan.state === 'submitted' && <p className="muted">{t('plans.approval.waiting')}</p>}
      {own && (
        <p>
          {t('plans.grid.member')}: {name(own.memberId)} —{' '}
          <span className="badge">{t(`plans.signoff.${own.signoff}`)}</span>
        </p>
      )}
      {toDecide.length > 0 && (
        <ul className="plan-parts">
          {toDecide.map((target) => (
            <li key={target.memberId}>
              <span>
                {name(target.memberId)} — {t('plans.signoff.submitted')}
              </span>{' '}
              <Decision
                labels={[
                  `${t('plans.approval.approve')} (${name(target.memberId)})`,
                  `${t('plans.approval.return')} (${name(target.memberId)})`,
                ]}
                busy={busy}
                decide={(decision) =>
                  void run(decidePartCommand(plan.id, target.memberId, decision, comment))
                }
              />
            </li>
          ))}
        </ul>
      )}
      {(toDecide.length > 0 || plan.state === 'submitted') && commentField}
      <div className="form-actions">
        {plan.state === 'draft' && me?.level === 'junior' && own && (
          <button
            type="button"
            className="button-primary"
            disabled={busy || own.signoff === 'submitted' || own.signoff === 'approved'}
            onClick={() => void run(submitOwnPartCommand(plan.id))}
          >
            {t('plans.approval.submitOwn', { senior: name(me.supervisorId) })}
          </button>
        )}
        {plan.state === 'draft' && me?.level === 'senior' && own && own.signoff !== 'approved' && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(decidePartCommand(plan.id, me.id, 'approved', ''))}
          >
            {t('plans.approval.approveOwn')}
          </button>
        )}
        {plan.state === 'draft' && me?.level !== 'junior' && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(submitTeamPlanCommand(plan.id))}
          >
            {t('plans.approval.submitPlan')}
          </button>
        )}
        {plan.state === 'submitted' && me?.level !== 'junior' && (
          <Decision
            labels={[t('plans.approval.approvePlan'), t('plans.approval.returnPlan')]}
            busy={busy}
            decide={(decision) => void run(decideTeamPlanCommand(plan.id, decision, comment))}
          />
        )}
        {plan.state === 'submitted' && actor === null && gap !== 0 && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(decideTeamPlanCommand(plan.id, 'approved', comment, true))}
          >
            {t('plans.approveWithGap')}
          </button>
        )}
        {plan.state === 'approved' && me?.level !== 'junior' && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(nextVersionCommand(plan.id))}
          >
            {t('plans.approval.newVersion', { version: plan.version + 1 })}
          </button>
        )}
      </div>
    </section>
  );
}

/** Approve (primary) and send back, side by side. */
function Decision({
  labels,
  busy,
  decide,
}: {
  labels: [approve: string, sendBack: string];
  busy: boolean;
  decide: (decision: 'approved' | 'returned') => void;
}) {
  return (
    <>
      <button
        type="button"
        className="button-primary"
        disabled={busy}
        onClick={() => decide('approved')}
      >
        {labels[0]}
      </button>{' '}
      <button type="button" className="button" disabled={busy} onClick={() => decide('returned')}>
        {labels[1]}
      </button>
    </>
  );
}
