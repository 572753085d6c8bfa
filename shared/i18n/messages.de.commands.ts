import type { enCommands } from './messages.en.commands';
import { accounts, person } from './terms.de';

export const deCommands: Record<keyof typeof enCommands, string> = {
  'commands.proposed': `Zur Freigabe an ${person('approver', 'nominative')} gesendet. Bis dahin ändert sich nichts.`,
  'commands.alreadyWaiting': `Dieselbe Anfrage wartet bereits bei ${person('approver', 'dative')}; sie wurde nicht doppelt gesendet.`,
  'policy.refused.noSenior':
    'Ihnen ist keine betreuende Senior-Person zugeordnet, die das freigeben kann. Bitte wenden Sie sich an die Teamleitung.',
  'policy.refused.ownAuthority':
    'Niemand ändert die eigene Stufe, Betreuung oder den eigenen Status. Bitte wenden Sie sich an die Teamleitung.',
  'policy.refused.juniorTeam': 'Als Junior können Sie nur Ihre eigenen Kontaktdaten ändern.',
  'policy.refused.ownLimits':
    'Die Entscheidungsbefugnisse legt die Teamleitung fest: Niemand ändert die eigenen Grenzen.',
  'policy.refused.unknownMember': 'Diese Person gehört nicht (mehr) zum Team.',
  'policy.refused.othersActuals':
    'Sie können Ist-Werte nur für sich selbst erfassen (Senior-Personen auch für ihre Juniors).',
  'policy.refused.juniorData':
    'Als Junior können Sie das nicht für das ganze Team ändern. Bitte fragen Sie Ihre Senior-Person.',
  'policy.refused.notYourAccount':
    'Diese Kund*in betreuen Sie nicht; ändern können das die Betreuung oder eine Senior-Person.',
  'policy.refused.unknownActor':
    'Die Person, als die Sie handeln, ist nicht mehr aktiv im Team. Wählen Sie unter Einstellungen, wer Sie sind.',
  'policy.refused.needsApproval':
    'Dafür ist eine Freigabe nötig, die hier nicht angefragt werden kann.',
  'policy.refused.ownerByRequest':
    'Eine neue Betreuung ist eine Entscheidung Ihrer Senior-Person: Nutzen Sie „Ausgewählte zuordnen an“ unter Kund*innen.',
  'settings.history.change': 'eine Einstellung',
  'team.history.save': 'Änderung an {name}',
  'approvals.kind.territory': 'Gebiet',
  'approvals.kind.member': 'Teammitglied',
  'approvals.kind.authority': 'Entscheidungsbefugnis',
  'approvals.kind.undo': 'Rückgängig',
  'approvals.kind.conflict': 'Sync-Konflikt',
  'approvals.history.conflict':
    '{table} {row}: Fassung von {kept} behalten ({values}), nicht die von {dropped}',
  'history.otherPerson':
    'Diese Änderung hat jemand anderes gemacht; nur diese Person kann sie rückgängig machen.',
  'history.changedSince': 'Dieselben Daten wurden seither geändert. Es wurde nichts geändert.',
  'history.needsApproval':
    'Dafür bräuchte es die Freigabe Ihrer Senior-Person. Ändern Sie es stattdessen neu.',
  'history.refused': '„{label}“ lässt sich nicht rückgängig machen: {reason}',
  'approvals.history.decide': 'eine Entscheidung über eine Anfrage',
  'approvals.gone': 'Über diese Anfrage wurde schon entschieden, oder es gibt sie nicht mehr.',
  'approvals.notYours': 'Über diese Anfrage entscheiden nicht Sie.',
  'approvals.stale':
    'Diese Anfrage passt nicht mehr zu den aktuellen Daten (sie wurden seither geändert). Lehnen Sie sie ab und lassen Sie sie neu stellen.',
  'approvals.history.territory': `Gebiet {name} geändert (${accounts()} verschoben)`,
  'approvals.history.member': '{name}: Stufe, Betreuung oder Status geändert',
  'approvals.history.handOver': 'übergeben an {to}: Kund*innen {accounts}, Gebiete {territories}',
  'approvals.history.authority': 'Entscheidungsbefugnisse geändert',
  'approvals.history.undo': `Rückgängig: {label} (${accounts()} zurückverschoben)`,
  'approvals.history.redo': `Wiederholt: {label} (${accounts()} verschoben)`,
  'approvals.territory.title': `${person('requester', 'sentenceStart')} schlägt eine Änderung am Gebiet {name} vor`,
  'approvals.territory.moves':
    '{count, plural, one {# Kund*in wechselt} other {# Kund*innen wechseln}} Gebiet oder Betreuung; davon {large} groß oder strategisch.',
  'accounts.history.territory': `{date}: zu {to} durch eine Änderung am Gebiet {name} (${person('who', 'nominative')}).`,
  'accounts.history.scenario': `{date}: zu {to} durch das Szenario {name} (${person('who', 'nominative')}).`,
  'accounts.history.undo': `{date}: zu {to} durch Rückgängigmachen (${person('who', 'nominative')}).`,
  'plans.error.notFound': 'Diesen Plan gibt es nicht mehr.',
  'plans.error.juniorSettings':
    'Planeinstellungen und die Ziele anderer legen Teamleitung und Senior-Personen fest.',
  'plans.undo.create': 'neuer Plan {year}',
  'plans.error.gapOpen':
    'Die Ziele der Personen ergeben noch nicht das Teamziel. Schließen Sie die Lücke oder geben Sie (als Teamleitung) mit Lücke frei.',
  'plans.error.partsOpen': 'Zuerst muss der Teil jeder Person freigegeben sein.',
  'plans.error.ownSubmission':
    'Der Teamplan braucht eine zweite Person: Wer ihn eingereicht hat, kann ihn nicht freigeben.',
  'plans.approveWithGap': 'Mit Lücke freigeben',
  'import.error.othersActuals':
    'Ist-Werte einer anderen Person: Sie können nur Ihre eigenen importieren (Senior-Personen auch die ihrer Juniors).',
  'import.refused.othersActuals':
    'Die Datei enthält Ist-Werte von Personen, für die Sie keine erfassen können. Es wurde nichts importiert.',
  'sync.refused.needsApproval':
    'Der Team-Server hat eine Änderung abgelehnt, die erst genehmigt werden muss: Er nimmt sie nur als Entscheidung der genehmigenden Person an.',
  'sync.refused.personal':
    'Persönliche Einstellungen bleiben auf jedem Computer; der Team-Server nimmt sie nicht an.',
  'sync.refused.auditKept':
    'Das Protokoll bleibt, wie es geschrieben wurde: Einträge werden nie geändert oder gelöscht, über eine Anfrage wird einmal entschieden.',
  'sync.refused.notRequester':
    'Der Team-Server nimmt Anfragen und Entscheidungen nur im Namen der angemeldeten Person an.',
  'sync.refused.notTeamData':
    'Der Team-Server hat ein Dokument abgelehnt, das nicht zu einem Team-Arbeitsbereich gehört.',
  'sync.refused.notOnTeam':
    'Ihre Anmeldung gehört zu keiner aktiven Person dieses Teams. Bitten Sie die Teamleitung, Sie hinzuzufügen.',
  'sync.refused.wrongAuthor':
    'Der Team-Server nimmt Änderungen nur im Namen der angemeldeten Person an.',
  'sync.refused.wrongApprover':
    'Eine Anfrage geht an die Person, die sie entscheidet: Ihre Senior-Person oder die Teamleitung.',
};
