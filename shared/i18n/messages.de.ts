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
  'menu.about': 'Über Sales Team Planner',
  'about.detail': 'Version {version}\nDatenordner: {dataFolder}',

  'error.ipc': 'Die Desktop-Anwendung hat die Anfrage abgelehnt: {message}',
};
