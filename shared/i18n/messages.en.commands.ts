/** Texts of the rules every change passes (policy), undo and approvals applied later. */
export const enCommands = {
  'commands.proposed': 'Sent to {approver} for approval. Nothing changes until they approve.',
  'commands.alreadyWaiting':
    'The same request is already waiting for {approver}; it was not sent twice.',
  'policy.refused.noSenior':
    'You have no supervising Senior to approve this, so it cannot be done. Ask the team lead to assign one.',
  'policy.refused.ownAuthority':
    'Nobody changes their own level, supervisor or active state. Ask the team lead.',
  'policy.refused.juniorTeam': 'As a Junior you can change only your own contact details.',
  'policy.refused.ownLimits':
    'Decision authority is set by the team lead: nobody changes the limits that apply to them.',
  'policy.refused.unknownMember': 'This team member does not exist (any more).',
  'policy.refused.othersActuals':
    'You can enter actuals only for yourself (a Senior also for their Juniors).',
  'policy.refused.juniorData':
    'As a Junior you cannot change this for the whole team. Ask your Senior.',
  'policy.refused.notYourAccount':
    'This account is not yours; its owner or a Senior can change it.',
  'policy.refused.unknownActor':
    'The person you act as is no longer an active team member. Choose who you are in Settings.',
  'policy.refused.needsApproval': 'This needs an approval that cannot be requested here.',
  'policy.refused.ownerByRequest':
    'A new owner for an account is a decision for your Senior: use “Assign selected to” on the Accounts screen.',
  'settings.history.change': 'a setting',
  'team.history.save': 'change to {name}',
  'approvals.kind.territory': 'Territory',
  'approvals.kind.member': 'Team member',
  'approvals.kind.authority': 'Decision authority',
  'approvals.kind.undo': 'Undo',
  'approvals.kind.conflict': 'Sync conflict',
  'approvals.history.conflict': '{table} {row}: {kept}’s version kept ({values}), not {dropped}’s',
  'history.otherPerson': 'This change was made by someone else; only they can undo it.',
  'history.changedSince': 'The same data was changed since. Nothing was changed.',
  'history.needsApproval': 'It would need your Senior’s approval. Make the change again instead.',
  'history.refused': 'Cannot undo “{label}”: {reason}',
  'approvals.history.decide': 'a decision on a request',
  'approvals.gone': 'This request was decided already or no longer exists.',
  'approvals.notYours': 'This request is not yours to decide.',
  'approvals.stale':
    'This request no longer fits the current data (it was changed since). Reject it and ask for a new one.',
  'approvals.history.territory':
    'Territory {name} changed ({count, plural, one {# account} other {# accounts}} moved)',
  'approvals.history.member': '{name}: level, supervisor or status changed',
  'approvals.history.handOver':
    'handed over to {to}: accounts {accounts}, territories {territories}',
  'approvals.history.authority': 'Decision authority changed',
  'approvals.history.undo':
    'Undone: {label} ({count, plural, one {# account} other {# accounts}} moved back)',
  'approvals.history.redo':
    'Redone: {label} ({count, plural, one {# account} other {# accounts}} moved)',
  'approvals.territory.title': '{requester} proposes to change territory {name}',
  'approvals.territory.moves':
    '{count, plural, one {# account changes} other {# accounts change}} territory or owner; {large} of them Large or strategic.',
  'accounts.history.territory': '{date}: moved to {to} by a change of territory {name} ({who}).',
  'accounts.history.scenario': '{date}: moved to {to} by scenario {name} ({who}).',
  'accounts.history.undo': '{date}: moved to {to} by an undo ({who}).',
  'plans.error.notFound': 'This plan no longer exists.',
  'plans.error.juniorSettings':
    'Plan settings and other members’ targets are for the lead and the Seniors.',
  'plans.undo.create': 'new plan {year}',
  'plans.error.gapOpen':
    'The member targets do not add up to the team target yet. Close the gap, or (as team lead) approve with the gap.',
  'plans.error.partsOpen': 'Every member’s part must be approved first.',
  'plans.error.ownSubmission':
    'The team plan needs a second person: its submitter cannot approve it.',
  'plans.approveWithGap': 'Approve with gap',
  'import.error.othersActuals':
    'Actuals of another member: you can import only your own (a Senior also their Juniors’).',
  'import.refused.othersActuals':
    'The file holds actuals of members you cannot enter actuals for. Nothing was imported.',
  'sync.refused.needsApproval':
    'The team server refused a change that needs an approval first: it takes it only as the approver’s decision.',
  'sync.refused.personal':
    'Personal settings stay on each computer; the team server does not take them.',
  'sync.refused.auditKept':
    'The audit trail is kept as it was written: entries are never changed or deleted, a request is decided once.',
  'sync.refused.notRequester':
    'The team server takes requests and decisions only in the name of the person who signed in.',
  'sync.refused.notTeamData':
    'The team server refused a document that is not part of a team workspace.',
  'sync.refused.notOnTeam':
    'Your sign-in is not linked to an active member of this team. Ask the team lead to add you.',
  'sync.refused.wrongAuthor':
    'The team server takes changes only in the name of the person who signed in.',
  'sync.refused.wrongApprover':
    'A request goes to the person who decides it: your Senior, or the team lead.',
} as const;
