/** Team server: signing in, joining or publishing, and the sync indicator. */
export const enTeam = {
  'teamServer.title': 'Team server',
  'teamServer.lead':
    'Connect to your team’s server to share the workspace with every laptop. You keep working offline; changes go out and come in whenever the server can be reached.',
  'teamServer.unavailable':
    'Team sync could not start on this computer. The workspace works as before; exchange files as usual.',
  'teamServer.url': 'Server address',
  'teamServer.url.hint': 'The address your team lead gave you, e.g. https://team.example.com',
  'teamServer.database': 'Team database',
  'teamServer.name': 'User name',
  'teamServer.password': 'Password',
  'teamServer.password.hint': 'Sent once to sign in and never stored on this computer.',
  'teamServer.connect': 'Connect',
  'teamServer.connecting': 'Connecting…',
  'teamServer.refused.wrongPassword': 'The server did not accept this user name and password.',
  'teamServer.refused.unreachable':
    'The server could not be reached. Check the address and your connection, then try again.',
  'teamServer.refused.notOnTeam':
    'This login is not on the team. Ask your team lead to add you with the setup tool.',
  'teamServer.refused.server': 'The server answered with an error. Try again later.',
  'teamServer.signedInAs': 'Signed in as {name} ({person}) on {server}',
  'teamServer.asLead': 'team lead',
  'teamServer.signInAgain':
    'The server ended your session (for example, your password changed). Enter your password to go on syncing.',
  'teamServer.syncNow': 'Sync now',
  'teamServer.signOut': 'Sign out',
  'teamServer.signedOut': 'Signed out of the team server. This workspace stays on this computer.',
  'teamServer.refusedTitle': 'Changes the server refused',
  'teamServer.refusedHint':
    'These changes stay on this laptop only: the team does not get them. Use the team’s version, or ask the person who may make them.',
  'teamServer.putBack': 'Use the team’s version',
  'teamServer.putBackOf': 'Use the team’s version of {document}',
  'teamServer.putBackDone': 'This laptop has the team’s version again.',
  'teamServer.refusedItem': '{document}: {reason}',
  'teamServer.actingAsSignedIn':
    'While you are signed in to the team server, you act as the person you signed in as.',
  'teamServer.join.title': 'Join the team’s workspace',
  'teamServer.join.fetching': 'Fetching the team’s workspace…',
  'teamServer.join.lead':
    'The team server holds {count, plural, one {# row} other {# rows}}. This laptop takes the team’s workspace once you have compared it with yours; nothing changes here before.',
  'teamServer.join.empty':
    'The team server holds no workspace yet. Your team lead publishes it first; until then this laptop keeps its own.',
  'teamServer.join.emptyLead':
    'The team server holds no workspace yet. Publish this laptop’s workspace to start the team on it.',
  'teamServer.join.compare': 'Compare with this laptop',
  'teamServer.join.take': 'Take the team’s workspace',
  'teamServer.join.takeHint':
    'A backup of this laptop’s workspace is made first (Backups). Scenarios and personal settings stay.',
  'teamServer.join.publish': 'Publish this laptop’s workspace',
  'teamServer.join.publishHint':
    'The server then holds exactly this workspace: rows only on the server are removed there, as your changes.',
  'teamServer.join.taken': 'This laptop now works on the team’s workspace.',
  'teamServer.join.published': 'This laptop’s workspace is on the team server.',
  'teamServer.join.failed': 'Joining did not work: {reason}',
  'teamServer.join.col.table': 'Data',
  'teamServer.join.col.added': 'From the team',
  'teamServer.join.col.changed': 'Different here',
  'teamServer.join.col.removed': 'Only on this laptop',
  'teamServer.conflicts.title':
    '{count, plural, one {# change} other {# changes}} made on two laptops at once',
  'teamServer.conflict.version': '{person} set {value} on {date}',
  'teamServer.conflict.and': '; ',
  'teamServer.conflict.keep': 'Keep {person}’s version',
  'teamServer.conflict.you': 'You',
  'teamServer.conflict.settled': 'Settled: every laptop now has the version you kept.',
  'teamServer.conflict.month': 'Month {n}',
  'teamServer.conflict.whole': 'The whole entry',
  'teamServer.conflict.deleted': 'deleted',
  'teamServer.conflict.otherValues': 'other values',
  'sync.state.offline':
    'Team server out of reach{pending, plural, =0 {} one { · # change waits} other { · # changes wait}}',
  'sync.state.sending': 'Sending {count, plural, one {# change} other {# changes}}…',
  'sync.state.receiving': 'Receiving {count, plural, one {# change} other {# changes}}…',
  'teamServer.publish.comparing': 'Comparing this laptop’s workspace with the server’s…',
  'teamServer.publish.progress':
    'Publishing: {sent} of {total, plural, one {# row} other {# rows}} on the team server',
  'teamServer.publish.stopping': 'Stopping…',
  'teamServer.publish.stopped':
    'Publishing stopped: {sent} of {total, plural, one {# row} other {# rows}} reached the team server. Publish again to send the rest.',
  'teamServer.publish.unfinished':
    'Publishing from this laptop stopped before everything reached the team server. Publish again to send the rest; members who join meanwhile get it then.',
  'sync.state.publishing': 'Publishing {sent} of {total, plural, one {# row} other {# rows}}…',
  'sync.state.upToDate': 'Up to date with the team at {time}',
  'sync.state.joining': 'Join the team’s workspace (Settings)',
  'sync.state.stopped.wrongPassword': 'Team sync stopped: sign in again (Settings)',
  'sync.state.stopped.server': 'Team sync stopped: the server answered with an error',
  'sync.state.stopped.replica': 'Team sync stopped: this laptop could not take the changes',
  'sync.state.refused':
    '{count, plural, one {# change} other {# changes}} refused by the server (Settings)',
} as const;
