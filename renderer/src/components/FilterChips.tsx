import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import { formatCount } from '../lib/format';
import { placeMenu, type MenuPlacement } from './menuPlacement';

export interface FilterOption {
  value: string;
  label: string;
  count?: number;
}

export interface FilterGroup {
  key: string;
  label: string;
  options: FilterOption[];
  selected: string[];
}

interface FilterChipsProps {
  groups: FilterGroup[];
  onChange: (key: string, selected: string[]) => void;
  onClearAll: () => void;
}

/**
 * Multi-select filters: one menu per group (checkboxes with counts) and every chosen value shown
 * as a removable chip, so what is filtered is always visible.
 */
export function FilterChips({ groups, onChange, onClearAll }: FilterChipsProps) {
  const chips = groups.flatMap((g) =>
    g.selected.map((value) => ({
      group: g,
      value,
      label: g.options.find((o) => o.value === value)?.label ?? value,
    })),
  );
  return (
    <div className="filters">
      <div className="filter-menus" role="group" aria-label="Filters">
        {groups.map((group) => (
          <FilterMenu key={group.key} group={group} onChange={onChange} />
        ))}
      </div>
      {chips.length > 0 && (
        <ul className="chips" aria-label="Active filters">
          {chips.map(({ group, value, label }) => (
            <li key={`${group.key}:${value}`}>
              <button
                type="button"
                className="chip"
                aria-label={`Remove filter ${group.label}: ${label}`}
                onClick={() =>
                  onChange(
                    group.key,
                    group.selected.filter((v) => v !== value),
                  )
                }
              >
                <span className="chip-group">{group.label}:</span> {label}
                <span aria-hidden="true" className="chip-x">
                  ×
                </span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="link-button" onClick={onClearAll}>
              Clear all filters
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}

function FilterMenu({
  group,
  onChange,
}: {
  group: FilterGroup;
  onChange: FilterChipsProps['onChange'];
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const menuRef = useRef<HTMLFieldSetElement>(null);
  const [placement, setPlacement] = useState<MenuPlacement | null>(null);

  // An open menu stays inside the window, however narrow or short, and wherever the page has
  // scrolled: it is placed when it opens and again when the window moves under it.
  const place = useCallback(() => {
    const details = ref.current;
    const menu = menuRef.current;
    if (!details?.open || !menu) return;
    const anchor = (details.querySelector('summary') ?? details).getBoundingClientRect();
    const root = document.documentElement;
    setPlacement(
      placeMenu(
        anchor,
        { width: menu.offsetWidth, height: menu.scrollHeight },
        { width: root.clientWidth, height: root.clientHeight },
        MENU_MAX_HEIGHT,
      ),
    );
  }, []);
  useEffect(() => {
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [place]);
  useEffect(place, [place, group.options.length]);

  // A menu closes when the educator clicks elsewhere or presses Escape.
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
        return;
      }
      if (!details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const toggle = (value: string, checked: boolean) =>
    onChange(
      group.key,
      checked ? [...group.selected, value] : group.selected.filter((v) => v !== value),
    );

  return (
    <details className="filter-menu" ref={ref} onToggle={place}>
      <summary className={group.selected.length > 0 ? 'filter-summary-active' : undefined}>
        {group.label}
        {group.selected.length > 0 && (
          <span className="filter-count"> ({group.selected.length} selected)</span>
        )}
      </summary>
      <fieldset className="filter-options" ref={menuRef} style={menuStyle(placement)}>
        <legend className="sr-only">{group.label}</legend>
        {group.options.length === 0 && <p className="muted">Nothing to filter by yet.</p>}
        {group.options.map((option) => (
          <label key={option.value} className="filter-option">
            <input
              type="checkbox"
              checked={group.selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span className="filter-option-label">{option.label}</span>
            {option.count !== undefined && (
              <span className="filter-option-count">{formatCount(option.count)}</span>
            )}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** The tallest a menu gets when the window has room; taller lists scroll. */
const MENU_MAX_HEIGHT = 320;

function menuStyle(p: MenuPlacement | null): CSSProperties | undefined {
  if (!p) return undefined;
  const vertical: CSSProperties = p.up
    ? { top: 'auto', bottom: 'calc(100% + 4px)' }
    : { top: 'calc(100% + 4px)', bottom: 'auto' };
  return { ...vertical, left: p.left, maxHeight: p.maxHeight, maxWidth: p.maxWidth };
}
