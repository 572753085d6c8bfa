/**
 * Who is signed in to the team server (undefined: nobody; memberId null: the team lead).
 * While someone is, commands act in their name whatever "acting as" says: the server takes
 * changes only in the signed-in person's name anyway.
 */
let signedIn: { memberId: string | null } | undefined;

export function setTeamIdentity(person: { memberId: string | null } | null): void {
  signedIn = person ? { memberId: person.memberId } : undefined;
}

export function teamIdentity(): { memberId: string | null } | undefined {
  return signedIn;
}
