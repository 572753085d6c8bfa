import { useEffect } from 'react';
import { menuCommandSchema } from '@shared/ipc/contract';
import { plannerApi } from '../ipc/planner';
import { useAppStore } from '../store/app-store';
import { sectionFromHash } from '../store/slices/navigation';

/** Native menu commands from main, and back/forward through the URL hash. */
export function useMenuCommands(): void {
  const goTo = useAppStore((s) => s.goTo);
  const openNewMember = useAppStore((s) => s.openNewMember);
  useEffect(() => {
    const unsubscribe = plannerApi()?.onMenuCommand((payload) => {
      const parsed = menuCommandSchema.safeParse(payload);
      if (!parsed.success) return;
      if (parsed.data.command === 'go-to') goTo(parsed.data.section);
      else openNewMember();
    });
    const onHash = () => goTo(sectionFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => {
      unsubscribe?.();
      window.removeEventListener('hashchange', onHash);
    };
  }, [goTo, openNewMember]);
}
