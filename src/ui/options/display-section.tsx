export interface DisplaySectionProps {
  highlightsEnabled: boolean;
  onToggleHighlights(enabled: boolean): void;
}

/** How Jobmark marks up job pages. */
export function DisplaySection(props: DisplaySectionProps) {
  return (
    <section aria-labelledby="display-heading">
      <h2 id="display-heading">On job pages</h2>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={props.highlightsEnabled}
          onChange={() => props.onToggleHighlights(!props.highlightsEnabled)}
        />
        Highlight the skills a posting names (yours in green, missing ones underlined in red)
      </label>
    </section>
  );
}
