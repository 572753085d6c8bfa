import { clock } from '@renderer/app/clock';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  LEVELS,
  type FieldErrors,
  type TeamMember,
  type TeamMemberField,
} from '@shared/domain/team-member';
import { saveFailureText } from '@renderer/db/storage-errors';
import { formFields } from '@renderer/components/form-fields';
import { useT } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { DeactivatePanel } from './DeactivatePanel';
import { draftOf, formStateOf, type MemberFormState } from './member-draft';
import { reactivateCommand, saveMemberCommand } from './team-repository';
import { runCommand } from '@renderer/commands/run-command';

interface Props {
  member: TeamMember | undefined;
  members: readonly TeamMember[];
}

const FIELD_ORDER: TeamMemberField[] = [
  'name',
  'email',
  'level',
  'supervisorId',
  'capacity',
  'hireDate',
  'homeRegion',
];

export function MemberEditor({ member, members }: Props) {
  const t = useT();
  const close = useAppStore((s) => s.closeMemberEditor);
  const openMember = useAppStore((s) => s.openMember);
  const notify = useAppStore((s) => s.notify);
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const [form, setForm] = useState<MemberFormState>(() => formStateOf(member, clock.today()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [confirmDeactivate, setConfirmDeactivate] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
  }, []);

  const seniors = members.filter((m) => m.level === 'senior' && m.active && m.id !== member?.id);
  const regions = [...new Set(members.map((m) => m.homeRegion).filter(Boolean))].sort();
  const set = (field: keyof MemberFormState) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const outcome = await runCommand(saveMemberCommand(draftOf(form), member?.id ?? null));
      if (outcome.kind === 'refused') return notify(t(outcome.reason), 'error');
      if (outcome.kind !== 'applied') return;
      const result = outcome.value;
      if (!result.ok) {
        setErrors(result.errors);
        const first = FIELD_ORDER.find((f) => result.errors[f]);
        formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
        return;
      }
      notify(t('team.saved', { name: result.member.name }));
      if (member) close();
      else openMember(result.member.id);
    } catch (error) {
      notify(saveFailureText(error, t), 'error');
    } finally {
      setSaving(false);
    }
  };

  const reactivate = async () => {
    if (!member) return;
    try {
      const outcome = await runCommand(reactivateCommand(member.id));
      const error =
        outcome.kind === 'refused'
          ? outcome.reason
          : outcome.kind === 'applied' && !outcome.value.ok
            ? outcome.value.error
            : null;
      notify(
        error ? t(error) : t('team.reactivated', { name: member.name }),
        error ? 'error' : 'success',
      );
    } catch (failure) {
      notify(saveFailureText(failure, t), 'error');
    }
  };

  const { props: fieldProps, error } = formFields<TeamMemberField>('member', errors, t);

  return (
    <aside
      className="side-panel"
      aria-labelledby="member-editor-title"
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <h2 id="member-editor-title">
        {member ? t('team.form.editTitle', { name: member.name }) : t('team.form.addTitle')}
      </h2>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        {Object.values(errors).some(Boolean) && (
          <p className="banner banner-error" role="alert">
            {t('team.form.hasErrors')}
          </p>
        )}
        <div className="field">
          <label htmlFor="member-name">{t('team.field.name')}</label>
          <input
            className="input"
            value={form.name}
            onChange={(e) => set('name')(e.target.value)}
            {...fieldProps('name')}
          />
          {error('name')}
        </div>
        <div className="field">
          <label htmlFor="member-email">{t('team.field.email')}</label>
          <input
            className="input"
            type="email"
            value={form.email}
            onChange={(e) => set('email')(e.target.value)}
            {...fieldProps('email')}
          />
          {error('email')}
        </div>
        <fieldset
          className="field"
          aria-describedby={errors.level ? 'member-level-error' : undefined}
        >
          <legend>{t('team.field.level')}</legend>
          {LEVELS.map((level) => (
            <label key={level} className="radio">
              <input
                type="radio"
                name="level"
                value={level}
                checked={form.level === level}
                onChange={() => set('level')(level)}
              />
              {t(`team.level.${level}`)}
            </label>
          ))}
          {error('level')}
        </fieldset>
        {form.level === 'junior' && (
          <div className="field">
            <label htmlFor="member-supervisorId">{t('team.field.supervisor')}</label>
            <select
              className="input"
              value={form.supervisorId}
              onChange={(e) => set('supervisorId')(e.target.value)}
              {...fieldProps('supervisorId')}
            >
              <option value="">{t('team.field.supervisorNone')}</option>
              {seniors.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <p className="hint">{t('team.field.supervisorHint')}</p>
            {error('supervisorId')}
          </div>
        )}
        <div className="field-row">
          <div className="field">
            <label htmlFor="member-capacity">{t('team.field.capacity')}</label>
            <input
              className="input"
              inputMode="numeric"
              value={form.capacity}
              onChange={(e) => set('capacity')(e.target.value)}
              {...fieldProps('capacity')}
            />
            {error('capacity')}
          </div>
          <div className="field">
            <label htmlFor="member-hireDate">{t('team.field.hireDate')}</label>
            <input
              className="input"
              type="date"
              value={form.hireDate}
              onChange={(e) => set('hireDate')(e.target.value)}
              {...fieldProps('hireDate')}
            />
            {error('hireDate')}
          </div>
        </div>
        <div className="field">
          <label htmlFor="member-homeRegion">{t('team.field.homeRegion')}</label>
          <input
            className="input"
            list="member-regions"
            value={form.homeRegion}
            onChange={(e) => set('homeRegion')(e.target.value)}
            {...fieldProps('homeRegion')}
          />
          <datalist id="member-regions">
            {regions.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
          {error('homeRegion')}
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={saving || readOnly}>
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
          {member?.active && !confirmDeactivate && (
            <button
              type="button"
              className="button-danger-quiet"
              disabled={readOnly}
              onClick={() => setConfirmDeactivate(true)}
            >
              {t('team.deactivate')}
            </button>
          )}
          {member && !member.active && (
            <button
              type="button"
              className="button"
              disabled={readOnly}
              onClick={() => void reactivate()}
            >
              {t('team.reactivate')}
            </button>
          )}
        </div>
      </form>
      {member && confirmDeactivate && (
        <DeactivatePanel
          member={member}
          members={members}
          onDone={() => setConfirmDeactivate(false)}
        />
      )}
    </aside>
  );
}
