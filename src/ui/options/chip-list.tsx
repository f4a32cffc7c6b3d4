export interface ChipListProps<T> {
  items: readonly T[];
  /** The list's accessible name, e.g. "Your places". */
  label: string;
  /** Shown instead of the list when it is empty. */
  empty: string;
  /** What a chip says and what its remove button names; also its key, so unique per list. */
  textOf(item: T): string;
  /** The name the remove button gives ("Remove Lisbon"); defaults to textOf. */
  nameOf?: (item: T) => string;
  onRemove(item: T): void;
}

/** Entries of an options list as chips, each with its own remove button. */
export function ChipList<T>({ items, label, empty, textOf, nameOf = textOf, onRemove }: ChipListProps<T>) {
  if (items.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ul class="chips" aria-label={label}>
      {items.map((item) => (
        <li key={textOf(item)} class="chip">
          <span>{textOf(item)}</span>
          <button type="button" class="chip-remove" aria-label={`Remove ${nameOf(item)}`} onClick={() => onRemove(item)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
