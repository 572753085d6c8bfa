import { useRef, type KeyboardEvent } from 'react';

interface Props<T extends string> {
  label: string;
  tabs: readonly T[];
  current: T;
  name: (tab: T) => string;
  onChange: (tab: T) => void;
  /** Id prefix; each panel is labelled by `${idPrefix}-tab-${tab}`. */
  idPrefix: string;
}

/** A row of tabs with the WAI-ARIA keyboard: arrows, Home and End move and select. */
export function Tabs<T extends string>({
  label,
  tabs,
  current,
  name,
  onChange,
  idPrefix,
}: Props<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.indexOf(current);
    const next =
      e.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    onChange(tabs[next]!);
    refs.current.get(tabs[next]!)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            if (el) refs.current.set(tab, el);
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab}`}
          aria-selected={tab === current}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={tab === current ? 0 : -1}
          className={tab === current ? 'tab tab-on' : 'tab'}
          onClick={() => onChange(tab)}
        >
          {name(tab)}
        </button>
      ))}
    </div>
  );
}
