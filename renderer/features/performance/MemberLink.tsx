import { useAppStore } from '@renderer/store/app-store';

/** A member's name that opens their performance page. */
export function MemberLink({ id, name }: { id: string; name: string }) {
  const open = useAppStore((s) => s.openPerformanceMember);
  return (
    <button type="button" className="link-button" onClick={() => open(id)}>
      {name}
    </button>
  );
}
