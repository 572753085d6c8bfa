import { Columns3 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '@renderer/i18n/i18n-context';
import { ACCOUNT_COLUMNS, useAccountColumns } from './account-columns';

/** "Columns": which of the accounts table's columns to show beside the customer. */
export function ColumnChoice() {
  const t = useT();
  const { shown, toggle, reset } = useAccountColumns();
  // The boxes exist only while the menu is open: closed, "Segment" names the filter alone.
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  // A click or focus anywhere else closes the menu, as a menu does.
  useEffect(() => {
    if (!open) return;
    const away = (event: Event) => {
      if (menu.current && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);
  return (
    <details
      ref={menu}
      className="column-choice"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.currentTarget.open = false;
          e.currentTarget.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className="button-quiet">
        <Columns3 size={14} aria-hidden="true" /> {t('accounts.columns')}
      </summary>
      {open && (
        <fieldset className="column-choice-menu">
          <legend className="hint">{t('accounts.columns.hint')}</legend>
          {ACCOUNT_COLUMNS.map((column) => (
            <label key={column.id} className="checkbox-field">
              <input
                type="checkbox"
                checked={shown.includes(column.id)}
                onChange={() => toggle(column.id)}
              />
              {t(column.label)}
            </label>
          ))}
          <button type="button" className="button-quiet" onClick={reset}>
            {t('accounts.columns.reset')}
          </button>
        </fieldset>
      )}
    </details>
  );
}
