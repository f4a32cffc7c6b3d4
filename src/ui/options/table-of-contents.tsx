export interface TableOfContentsProps {
  /** [heading id, title] for each section, in page order. */
  entries: readonly (readonly [string, string])[];
}

/** Links to the page's sections, so a long page is one keystroke from any part of it. */
export function TableOfContents({ entries }: TableOfContentsProps) {
  return (
    <nav class="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">On this page</h2>
      <ul>
        {entries.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
