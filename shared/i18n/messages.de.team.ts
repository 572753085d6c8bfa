import type { enTeam } from './messages.en.team';

export const deTeam: Record<keyof typeof enTeam, string> = {
  'teamServer.title': 'Team-Server',
  'teamServer.lead':
    'Verbinden Sie sich mit dem Server Ihres Teams, um den Arbeitsbereich mit allen Laptops zu teilen. Sie arbeiten weiter offline; Änderungen gehen hinaus und kommen herein, sobald der Server erreichbar ist.',
  'teamServer.unavailable':
    'Die Team-Synchronisation konnte auf diesem Computer nicht starten. Der Arbeitsbereich funktioniert wie bisher; tauschen Sie Dateien wie gewohnt aus.',
  'teamServer.url': 'Serveradresse',
  'teamServer.url.hint': 'Die Adresse von Ihrer Teamleitung, z. B. https://team.example.com',
  'teamServer.database': 'Team-Datenbank',
  'teamServer.name': 'Benutzername',
  'teamServer.password': 'Passwort',
  'teamServer.password.hint':
    'Wird einmal zur Anmeldung gesendet und nie auf diesem Computer gespeichert.',
  'teamServer.connect': 'Verbinden',
  'teamServer.connecting': 'Verbinde …',
  'teamServer.refused.wrongPassword':
    'Der Server hat diesen Benutzernamen und dieses Passwort nicht angenommen.',
  'teamServer.refused.unreachable':
    'Der Server war nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung und versuchen Sie es erneut.',
  'teamServer.refused.notOnTeam':
    'Diese Anmeldung gehört nicht zum Team. Bitten Sie Ihre Teamleitung, Sie mit dem Einrichtungswerkzeug hinzuzufügen.',
  'teamServer.refused.server':
    'Der Server hat mit einem Fehler geantwortet. Versuchen Sie es später erneut.',
  'teamServer.signedInAs': 'Angemeldet als {name} ({person}) bei {server}',
  'teamServer.asLead': 'Teamleitung',
  'teamServer.signInAgain':
    'Der Server hat Ihre Sitzung beendet (zum Beispiel, weil sich Ihr Passwort geändert hat). Geben Sie Ihr Passwort ein, um weiter abzugleichen.',
  'teamServer.syncNow': 'Jetzt synchronisieren',
  'teamServer.signOut': 'Abmelden',
  'teamServer.signedOut':
    'Vom Team-Server abgemeldet. Dieser Arbeitsbereich bleibt auf diesem Computer.',
  'teamServer.refusedTitle': 'Änderungen, die der Server abgelehnt hat',
  'teamServer.refusedHint':
    'Diese Änderungen bleiben nur auf diesem Laptop: Das Team erhält sie nicht. Übernehmen Sie die Fassung des Teams, oder bitten Sie die Person, die sie vornehmen darf.',
  'teamServer.putBack': 'Fassung des Teams übernehmen',
  'teamServer.putBackOf': 'Fassung des Teams von {document} übernehmen',
  'teamServer.putBackDone': 'Dieser Laptop hat wieder die Fassung des Teams.',
  'teamServer.refusedItem': '{document}: {reason}',
  'teamServer.actingAsSignedIn':
    'Solange Sie beim Team-Server angemeldet sind, handeln Sie als die angemeldete Person.',
  'teamServer.join.title': 'Dem Arbeitsbereich des Teams beitreten',
  'teamServer.join.fetching': 'Arbeitsbereich des Teams wird abgerufen …',
  'teamServer.join.lead':
    'Der Team-Server enthält {count, plural, one {# Zeile} other {# Zeilen}}. Dieser Laptop übernimmt den Arbeitsbereich des Teams, nachdem Sie ihn mit Ihrem verglichen haben; vorher ändert sich hier nichts.',
  'teamServer.join.empty':
    'Der Team-Server enthält noch keinen Arbeitsbereich. Ihre Teamleitung veröffentlicht ihn zuerst; bis dahin behält dieser Laptop seinen eigenen.',
  'teamServer.join.emptyLead':
    'Der Team-Server enthält noch keinen Arbeitsbereich. Veröffentlichen Sie den Arbeitsbereich dieses Laptops, damit das Team damit beginnt.',
  'teamServer.join.compare': 'Mit diesem Laptop vergleichen',
  'teamServer.join.take': 'Arbeitsbereich des Teams übernehmen',
  'teamServer.join.takeHint':
    'Zuerst wird der Arbeitsbereich dieses Laptops gesichert (Datensicherung). Szenarien und persönliche Einstellungen bleiben.',
  'teamServer.join.publish': 'Arbeitsbereich dieses Laptops veröffentlichen',
  'teamServer.join.publishHint':
    'Der Server enthält danach genau diesen Arbeitsbereich: Zeilen, die nur auf dem Server stehen, werden dort entfernt, als Ihre Änderungen.',
  'teamServer.join.taken': 'Dieser Laptop arbeitet jetzt mit dem Arbeitsbereich des Teams.',
  'teamServer.join.published': 'Der Arbeitsbereich dieses Laptops ist auf dem Team-Server.',
  'teamServer.join.failed': 'Der Beitritt hat nicht geklappt: {reason}',
  'teamServer.join.col.table': 'Daten',
  'teamServer.join.col.added': 'Vom Team',
  'teamServer.join.col.changed': 'Hier anders',
  'teamServer.join.col.removed': 'Nur auf diesem Laptop',
  'teamServer.conflicts.title':
    '{count, plural, one {# Änderung} other {# Änderungen}} auf zwei Laptops zugleich',
  'teamServer.conflict.version': '{person} hat am {date} {value} eingetragen',
  'teamServer.conflict.and': '; ',
  'teamServer.conflict.keep': 'Fassung von {person} behalten',
  'teamServer.conflict.you': 'Sie',
  'teamServer.conflict.settled':
    'Geklärt: Alle Laptops haben jetzt die Fassung, die Sie behalten haben.',
  'teamServer.conflict.month': 'Monat {n}',
  'teamServer.conflict.whole': 'Der ganze Eintrag',
  'teamServer.conflict.deleted': 'gelöscht',
  'teamServer.conflict.otherValues': 'andere Werte',
  'sync.state.offline':
    'Team-Server nicht erreichbar{pending, plural, =0 {} one { · # Änderung wartet} other { · # Änderungen warten}}',
  'sync.state.sending': 'Sende {count, plural, one {# Änderung} other {# Änderungen}} …',
  'sync.state.receiving': 'Empfange {count, plural, one {# Änderung} other {# Änderungen}} …',
  'teamServer.publish.comparing': 'Arbeitsbereich dieses Laptops wird mit dem Server verglichen …',
  'teamServer.publish.progress':
    'Veröffentlichen: {sent} von {total, plural, one {# Zeile} other {# Zeilen}} auf dem Team-Server',
  'teamServer.publish.stopping': 'Wird angehalten …',
  'teamServer.publish.stopped':
    'Veröffentlichen angehalten: {sent} von {total, plural, one {# Zeile} other {# Zeilen}} sind auf dem Team-Server. Veröffentlichen Sie erneut, um den Rest zu senden.',
  'teamServer.publish.unfinished':
    'Das Veröffentlichen von diesem Laptop wurde angehalten, bevor alles auf dem Team-Server war. Veröffentlichen Sie erneut, um den Rest zu senden; wer inzwischen beitritt, erhält ihn dann.',
  'sync.state.publishing':
    'Veröffentliche {sent} von {total, plural, one {# Zeile} other {# Zeilen}} …',
  'sync.state.upToDate': 'Mit dem Team abgeglichen um {time}',
  'sync.state.joining': 'Dem Arbeitsbereich des Teams beitreten (Einstellungen)',
  'sync.state.stopped.wrongPassword':
    'Team-Synchronisation angehalten: bitte neu anmelden (Einstellungen)',
  'sync.state.stopped.server':
    'Team-Synchronisation angehalten: Der Server hat mit einem Fehler geantwortet',
  'sync.state.stopped.replica':
    'Team-Synchronisation angehalten: Dieser Laptop konnte die Änderungen nicht übernehmen',
  'sync.state.refused':
    '{count, plural, one {# Änderung} other {# Änderungen}} vom Server abgelehnt (Einstellungen)',
};
