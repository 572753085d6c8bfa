import type { Messages } from './messages.en';

/** German UI texts, in the seed's terms (Sales Manager*in, Kund*innen, Umsatzziel, Gebiet). */
export const de: Messages = {
  'app.name': 'Sales Team Planner',
  'nav.label': 'Hauptnavigation',
  'nav.team': 'Team',
  'nav.accounts': 'Kund*innen',
  'nav.territories': 'Gebiete',
  'nav.plans': 'Vertriebspläne',
  'nav.performance': 'Leistung',
  'nav.settings': 'Einstellungen',

  'common.loading': 'Wird geladen …',
  'common.save': 'Speichern',
  'common.cancel': 'Abbrechen',
  'common.close': 'Schließen',
  'common.edit': 'Bearbeiten',
  'common.notSet': '—',
  'common.saveFailed': 'Speichern fehlgeschlagen: {message}',

  'workspace.opening': 'Arbeitsbereich wird geöffnet …',
  'workspace.readOnly':
    'Dieser Arbeitsbereich wurde mit einer neueren Version von Sales Team Planner gespeichert (Datenformat {found}; diese App kennt {known}). Er ist schreibgeschützt geöffnet: Aktualisieren Sie die App, um ihn zu ändern.',
  'workspace.error': 'Der Arbeitsbereich konnte nicht geöffnet werden: {message}',
  'workspace.writeRefused':
    'Dieser Arbeitsbereich ist schreibgeschützt; die Änderung wurde nicht gespeichert.',
  'workspace.storageFull':
    'Der Datenträger oder der Browserspeicher ist voll; die Änderung wurde nicht gespeichert. Schaffen Sie Platz und versuchen Sie es erneut. Ihre Eingaben stehen noch im Formular.',

  'welcome.title': 'Willkommen bei Sales Team Planner',
  'welcome.lead':
    'Planen Sie Gebiete, Umsatzziele und Vertriebspläne für Ihr Team – vollständig auf diesem Computer, ohne Verbindung.',
  'welcome.demo.title': 'Demo-Arbeitsbereich erkunden',
  'welcome.demo.body':
    'Ein deutsches Vertriebsteam mit {members} Personen in {regions} Regionen, {accounts} Kund*innen und Umsätzen aus {months} Monaten. Jede Ansicht zeigt sofort Daten.',
  'welcome.demo.action': 'Demo-Arbeitsbereich öffnen',
  'welcome.empty.title': 'Mit leerem Arbeitsbereich beginnen',
  'welcome.empty.body': 'Erfassen Sie Ihr eigenes Team, Ihre Kund*innen und Umsatzziele.',
  'welcome.empty.action': 'Leer beginnen',
  'welcome.file.title': '„{name}“ öffnen',
  'welcome.file.body':
    'Eine Arbeitsbereichsdatei vom {time}: {members} Personen, {accounts} Kund*innen.',
  'welcome.file.action': 'Diesen Arbeitsbereich öffnen',
  'welcome.loading': 'Demo-Arbeitsbereich wird erstellt … {percent} %',
  'welcome.cancelled':
    'Das Erstellen des Demo-Arbeitsbereichs wurde abgebrochen; nichts wurde gespeichert.',
  'welcome.failed': 'Der Arbeitsbereich konnte nicht erstellt werden: {message}',

  'team.title': 'Team',
  'team.subtitle': '{active} aktiv · {seniors} Senior · {juniors} Junior',
  'team.add': 'Person hinzufügen',
  'team.search': 'Name, E-Mail oder Region suchen',
  'team.showInactive': 'Inaktive Personen anzeigen',
  'team.col.name': 'Name',
  'team.col.level': 'Karrierelevel',
  'team.col.supervisor': 'Betreuende*r Senior',
  'team.col.capacity': 'Kapazität',
  'team.col.hireDate': 'Eintritt',
  'team.col.homeRegion': 'Heimatregion',
  'team.col.status': 'Status',
  'team.level.junior': 'Junior Sales Manager*in',
  'team.level.senior': 'Senior Sales Manager*in',
  'team.levelShort.junior': 'Junior',
  'team.levelShort.senior': 'Senior',
  'team.status.active': 'Aktiv',
  'team.status.inactive': 'Inaktiv',
  'team.flag.juniorWithoutSenior': 'Junior ohne aktive*n betreuende*n Senior',
  'team.capacityValue': '{count} Besuche/Jahr',
  'team.empty.title': 'Noch keine Teammitglieder',
  'team.empty.body':
    'Erfassen Sie die Senior und Junior Sales Manager*innen Ihres Teams. Jede*r Junior braucht eine*n betreuende*n Senior – beginnen Sie daher mit einer*m Senior.',
  'team.noMatch': 'Niemand passt zu „{query}“.',
  'team.form.addTitle': 'Neues Teammitglied',
  'team.form.editTitle': '{name} bearbeiten',
  'team.form.hasErrors': 'Bitte korrigieren Sie die markierten Felder.',
  'team.field.name': 'Name',
  'team.field.email': 'E-Mail',
  'team.field.level': 'Karrierelevel',
  'team.field.supervisor': 'Betreuende*r Senior',
  'team.field.supervisorNone': '— Senior wählen —',
  'team.field.supervisorHint': 'Juniors stimmen ihre Entscheidungen mit dieser Person ab.',
  'team.field.capacity': 'Kapazität (Kundenbesuche pro Jahr)',
  'team.field.hireDate': 'Eintrittsdatum',
  'team.field.homeRegion': 'Heimatregion',
  'team.saved': '{name} gespeichert.',
  'team.deactivate': 'Deaktivieren',
  'team.reactivate': 'Reaktivieren',
  'team.deactivate.title': '{name} deaktivieren?',
  'team.deactivate.body':
    'Inaktive Personen behalten ihre Historie, erhalten aber keine neuen Kund*innen oder Umsatzziele.',
  'team.deactivate.juniors':
    '{name} betreut {count} aktive Juniors: {names}. Wählen Sie die*den Senior, die*der sie übernimmt.',
  'team.deactivate.successor': 'Neue*r betreuende*r Senior',
  'team.deactivate.confirm': 'Deaktivieren',
  'team.deactivate.confirmReassign': 'Übertragen und deaktivieren',
  'team.deactivated': '{name} deaktiviert.',
  'team.reactivated': '{name} ist wieder aktiv.',
  'team.error.nameRequired': 'Bitte einen Namen eingeben.',
  'team.error.nameTooLong': 'Höchstens 120 Zeichen.',
  'team.error.nameDuplicate': 'Es gibt bereits ein Teammitglied mit diesem Namen.',
  'team.error.emailInvalid': 'Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@beispiel.de.',
  'team.error.levelRequired': 'Bitte Junior oder Senior wählen.',
  'team.error.supervisorRequired':
    'Junior Sales Manager*innen brauchen eine*n betreuende*n Senior.',
  'team.error.supervisorNotActiveSenior':
    'Die Betreuung muss eine aktive Senior-Person übernehmen.',
  'team.error.capacityInvalid':
    'Bitte eine ganze Zahl von Besuchen zwischen 1 und 100.000 eingeben.',
  'team.error.hireDateInvalid': 'Bitte ein gültiges Datum eingeben.',
  'team.error.homeRegionTooLong': 'Höchstens 80 Zeichen.',
  'team.error.seniorStillSupervises':
    'Diese Person betreut noch Juniors; übertragen Sie sie zuerst an eine*n andere*n Senior.',
  'team.error.reassignJuniorsFirst': 'Wählen Sie die*den Senior, die*der die Juniors übernimmt.',
  'team.error.notFound': 'Dieses Teammitglied gibt es nicht mehr.',
  'team.error.noOtherSenior':
    'Es gibt keine*n andere*n aktive*n Senior, die*der übernehmen kann. Erfassen Sie zuerst eine Person.',

  'soon.title': 'Noch nicht gebaut',
  'soon.lead': 'Dieser Bereich ist geplant und wird enthalten:',
  'soon.accounts':
    'Kund*innen mit Postleitzahl, Segment, Potenzial, Vorjahresumsatz, Status und Zufriedenheit – in einer Tabelle, die auch mit 250.000 Zeilen schnell bleibt.',
  'soon.territories':
    'Regionen und Gebiete nach PLZ-Regeln, Verantwortliche und Mentor*innen, Balance-Diagramme, Regelwarnungen und Vorschläge von Juniors zur Freigabe durch Seniors.',
  'soon.plans':
    'Vertriebspläne je Geschäftsjahr: Umsatzziel des Teams, Top-down-Verteilung, Einarbeitung neuer Personen, Saisonalität, Neu- und Bestandskundengeschäft, Freigabe.',
  'soon.performance':
    'Ist-Umsätze je Person und Monat, Ziel, Ist und Abweichung, Diagramme und eine Rangliste.',

  'settings.title': 'Einstellungen',
  'settings.language': 'Sprache',
  'settings.language.auto': 'Wie das System ({language})',
  'settings.language.de': 'Deutsch',
  'settings.language.en': 'English',
  'settings.currency': 'Währung',
  'settings.about': 'Über diese App',
  'settings.version': 'Version',
  'settings.dataFolder': 'Datenordner',
  'settings.locale': 'Systemsprache',
  'settings.infoUnavailable':
    'Die Desktop-Anwendung ist nicht verbunden; Version und Datenordner sind daher unbekannt.',
  'settings.saved': 'Einstellungen gespeichert.',

  'menu.file': 'Datei',
  'menu.newMember': 'Neues Teammitglied',
  'menu.settings': 'Einstellungen …',
  'menu.quit': 'Beenden',
  'menu.edit': 'Bearbeiten',
  'menu.undo': 'Rückgängig',
  'menu.redo': 'Wiederholen',
  'menu.cut': 'Ausschneiden',
  'menu.copy': 'Kopieren',
  'menu.paste': 'Einfügen',
  'menu.selectAll': 'Alles auswählen',
  'menu.view': 'Ansicht',
  'menu.zoomIn': 'Vergrößern',
  'menu.zoomOut': 'Verkleinern',
  'menu.resetZoom': 'Originalgröße',
  'menu.fullScreen': 'Vollbild ein/aus',
  'menu.help': 'Hilfe',
  'menu.openDataFolder': 'Datenordner öffnen',
  'menu.about': 'Über Sales Team Planner',
  'about.detail': 'Version {version}\nDatenordner: {dataFolder}',

  'nav.backups': 'Datensicherung',
  'workspace.readOnlyDisk':
    'Der Datenordner wurde mit einer neueren Version von Sales Team Planner geschrieben. Der Arbeitsbereich ist schreibgeschützt geöffnet: Aktualisieren Sie die App, um ihn zu ändern.',

  'persistence.saved': 'Alle Änderungen gespeichert',
  'persistence.saving': 'Wird gespeichert …',
  'persistence.noShell':
    'Nicht mit der Desktop-App verbunden: Änderungen bleiben nur in diesem Fenster',
  'persistence.failedShort': 'Nicht auf dem Datenträger gespeichert',
  'persistence.failed':
    'Ihre Änderungen bleiben in der App erhalten, konnten aber nicht in den Datenordner geschrieben werden: {reason} Sie werden geschrieben, sobald das wieder möglich ist.',
  'persistence.restoredFromDisk':
    'Die Datenbank der App war leer oder veraltet; Ihr Arbeitsbereich wurde aus dem Datenordner wiederhergestellt ({members} Personen, {accounts} Kund*innen).',
  'persistence.savedToDisk':
    'Der Datenordner war leer oder veraltet; er enthält jetzt wieder Ihren aktuellen Arbeitsbereich.',
  'persistence.recoveredKept':
    'Der letzte Stand im Datenordner war beschädigt. Ihr Arbeitsbereich war in der App vollständig und wurde neu gespeichert: Nichts ging verloren.',
  'persistence.recoveredLost':
    'Der letzte Stand im Datenordner war beschädigt; der Arbeitsbereich wurde aus der Sicherung vom {time} wiederhergestellt.',

  'error.code.unknown-channel': 'Die App hat etwas Unbekanntes angefragt.',
  'error.code.forbidden-sender': 'Die Anfrage kam nicht von der App selbst.',
  'error.code.invalid-request': 'Die Anfrage war fehlerhaft.',
  'error.code.failed': 'Ein unerwarteter Fehler ist aufgetreten ({message}).',
  'error.code.disk-full': 'Der Datenträger ist voll.',
  'error.code.no-permission': 'Es fehlt die Berechtigung, dort zu schreiben.',
  'error.code.file-locked': 'Eine Datei ist von einem anderen Programm gesperrt.',
  'error.code.io': 'Der Datenträger hat einen Fehler gemeldet ({message}).',
  'error.code.not-a-workspace': 'Das ist keine Arbeitsbereichsdatei von Sales Team Planner.',
  'error.code.damaged': 'Die Datei ist beschädigt (unvollständig oder verändert).',
  'error.code.newer-format': 'Sie wurde mit einer neueren Version der App geschrieben.',
  'error.code.wrong-kind': 'Das ist eine Datei einer anderen Art.',
  'error.code.read-only':
    'Der Datenordner ist schreibgeschützt (von einer neueren Version der App geschrieben).',
  'error.code.not-found': 'Die Sicherung gibt es nicht mehr.',

  'backups.title': 'Datensicherung',
  'backups.lead':
    'Der Arbeitsbereich liegt im Datenordner der App und wird automatisch gesichert: höchstens alle 15 Minuten, während Sie arbeiten, und vor jeder Wiederherstellung und jedem Import. Aufbewahrt werden bis zu 3 von heute, eine je Tag für 30 Tage, insgesamt höchstens 40.',
  'backups.now': 'Jetzt sichern',
  'backups.created': 'Sicherung erstellt.',
  'backups.failed': 'Das hat nicht geklappt: {reason}',
  'backups.empty':
    'Noch keine Sicherungen. Die erste entsteht automatisch nach Ihren ersten Änderungen – oder jetzt mit „Jetzt sichern“.',
  'backups.col.time': 'Zeitpunkt',
  'backups.col.reason': 'Anlass',
  'backups.col.contents': 'Inhalt',
  'backups.col.size': 'Größe',
  'backups.reason.manual': 'Von Hand',
  'backups.reason.auto': 'Automatisch',
  'backups.reason.before-restore': 'Vor einer Wiederherstellung',
  'backups.reason.before-import': 'Vor einem Import',
  'backups.reason.before-migration': 'Vor einem Update',
  'backups.contents': '{members} Personen · {accounts} Kund*innen',
  'backups.restore': 'Wiederherstellen',
  'backups.restore.confirm':
    'Die Sicherung vom {time} wiederherstellen? Der aktuelle Stand wird vorher gesichert, Sie können das also rückgängig machen.',
  'backups.restore.do': 'Jetzt wiederherstellen',
  'backups.restored': 'Die Sicherung vom {time} wurde wiederhergestellt.',
  'backups.undo': 'Wiederherstellung rückgängig machen',
  'backups.undone': 'Die Wiederherstellung wurde rückgängig gemacht.',
  'backups.working': 'Wird ausgeführt …',
  'backups.noShell':
    'Sicherungen und Arbeitsbereichsdateien brauchen die Desktop-App; dieses Fenster ist nicht mit ihr verbunden.',

  'files.title': 'Arbeitsbereichsdateien',
  'files.lead':
    'Geben Sie den ganzen Arbeitsbereich als eine Datei (.stplan) an Kolleg*innen oder den Außendienst weiter und lesen Sie deren Dateien ein – ohne Server.',
  'files.export': 'Arbeitsbereich exportieren …',
  'files.exported': 'Gespeichert als {name}.',
  'files.import': 'Arbeitsbereich importieren …',
  'files.preview.title': '„{name}“ importieren',
  'files.preview.from': 'Geschrieben am {time} mit Version {version}.',
  'files.mode': 'Art des Imports',
  'files.mode.replace': 'Meinen Arbeitsbereich durch die Datei ersetzen',
  'files.mode.merge':
    'Nach ID zusammenführen: hinzufügen und aktualisieren, nur bei mir Vorhandenes behalten',
  'files.col.table': 'Daten',
  'files.col.added': 'Neu',
  'files.col.changed': 'Geändert',
  'files.col.removed': 'Entfernt',
  'files.apply': 'Importieren',
  'files.imported': 'Arbeitsbereich importiert. Der vorherige Stand wurde vorher gesichert.',
  'files.nothing': 'Die Datei enthält genau das, was Sie schon haben.',

  'table.members': 'Teammitglieder',
  'table.accounts': 'Kund*innen',
  'table.territories': 'Gebiete',
  'table.plans': 'Vertriebspläne',
  'table.planTargets': 'Planziele',
  'table.actuals': 'Ist-Umsätze',
  'table.approvals': 'Freigaben',
  'table.settings': 'Einstellungen',
  'table.meta': 'Arbeitsbereichsdaten',
  'menu.backups': 'Datensicherung und Arbeitsbereichsdateien …',
  'error.ipc': 'Die Desktop-Anwendung hat die Anfrage abgelehnt: {message}',
};
