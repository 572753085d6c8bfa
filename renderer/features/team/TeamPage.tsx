import { ImportButton } from '../csv-import/ImportButton';
import { Plus } from 'lucide-react';
import { useFirstScreenMark } from '@renderer/app/first-screen';
import { useT } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { MemberEditor } from './MemberEditor';
import { MemberTable } from './MemberTable';
import { filterMembers, useTeam } from '@renderer/app/data/use-team';

export function TeamPage() {
  const t = useT();
  const members = useTeam();
  const query = useAppStore((s) => s.teamQuery);
  const showInactive = useAppStore((s) => s.showInactive);
  const setQuery = useAppStore((s) => s.setTeamQuery);
  const setShowInactive = useAppStore((s) => s.setShowInactive);
  const editor = useAppStore((s) => s.memberEditor);
  const editing =
    editor.mode === 'edit' ? members?.find((m) => m.id === editor.memberId) : undefined;
  const openNewMember = useAppStore((s) => s.openNewMember);
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');

  useFirstScreenMark(members !== undefined);

  const active = members?.filter((m) => m.active) ?? [];
  const visible = members ? filterMembers(members, query, showInactive) : [];

  return (
    <div className={editor.mode === 'closed' ? 'page' : 'page page-with-panel'}>
      <div className="page-main">
        <header className="page-header">
          <div>
            <h1>{t('team.title')}</h1>
            {members && (
              <p className="subtitle">
                {t('team.subtitle', {
                  active: active.length,
                  seniors: active.filter((m) => m.level === 'senior').length,
                  juniors: active.filter((m) => m.level === 'junior').length,
                })}
              </p>
            )}
          </div>
          <div className="form-actions">
            <ImportButton kind="members" />
            <button
              type="button"
              className="button-primary"
              onClick={openNewMember}
              disabled={readOnly}
            >
              <Plus size={16} aria-hidden="true" />
              {t('team.add')}
            </button>
          </div>
        </header>

        {members === undefined ? (
          <p role="status" className="muted">
            {t('common.loading')}
          </p>
        ) : members.length === 0 ? (
          <section className="empty-state">
            <h2>{t('team.empty.title')}</h2>
            <p>{t('team.empty.body')}</p>
          </section>
        ) : (
          <>
            <div className="toolbar">
              <input
                type="search"
                className="input search"
                placeholder={t('team.search')}
                aria-label={t('team.search')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={showInactive}
                  onChange={(e) => setShowInactive(e.target.checked)}
                />
                {t('team.showInactive')}
              </label>
            </div>
            {visible.length === 0 ? (
              <p className="muted">{t('team.noMatch', { query })}</p>
            ) : (
              <MemberTable members={visible} allMembers={members} />
            )}
          </>
        )}
      </div>
      {/* An edit opens only once its member is read: right after adding one, the list may
          not have it yet, and a form started blank would save blanks over it. */}
      {editor.mode !== 'closed' && members && (editor.mode === 'new' || editing) && (
        <MemberEditor
          key={editor.mode === 'edit' ? editor.memberId : 'new'}
          member={editing}
          members={members}
        />
      )}
    </div>
  );
}
