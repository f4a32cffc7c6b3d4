import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/**
 * What the options sections' tests share: mount a component in happy-dom, find controls the
 * way a user (or a screen reader) names them, and act on them with real DOM events.
 */

const mounted: HTMLElement[] = [];

export function mount(vnode: ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.appendChild(host);
  mounted.push(host);
  act(() => render(vnode, host));
  return host;
}

/** Unmounts everything mount() rendered (call from afterEach). */
export function unmountAll(): void {
  for (const host of mounted.splice(0)) {
    act(() => render(null, host));
    host.remove();
  }
}

/** Re-renders the component mounted in `host` with new props, as its container would. */
export function rerender(host: HTMLElement, vnode: ComponentChild): void {
  act(() => render(vnode, host));
}

/** The button whose accessible name (aria-label, else its text) is `name`. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => matches(accessibleName(b), name));
  if (!found) throw new Error(`no button "${name}" among: ${[...root.querySelectorAll('button')].map(accessibleName).join(' | ')}`);
  return found;
}

export function hasButton(root: ParentNode, name: string | RegExp): boolean {
  return [...root.querySelectorAll('button')].some((b) => matches(accessibleName(b), name));
}

type Control = HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;

/** The control labelled `name`: by aria-label, or by the text of the <label> wrapping it. */
export function field(root: ParentNode, name: string | RegExp): Control {
  for (const control of root.querySelectorAll<Control>('input, select, textarea')) {
    if (matches(labelOf(control), name)) return control;
  }
  const names = [...root.querySelectorAll<Control>('input, select, textarea')].map(labelOf);
  throw new Error(`no field labelled "${name}" among: ${names.join(' | ')}`);
}

export function click(element: Element): void {
  act(() => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  });
}

/** Types a whole value, as the browser reports it: one input event. */
export function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Picks a value (select) or commits one (text field: Enter or leaving it), firing change. */
export function change(control: HTMLInputElement | HTMLSelectElement, value?: string): void {
  act(() => {
    if (value !== undefined) control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function setChecked(box: HTMLInputElement, checked: boolean): void {
  if (box.checked !== checked) click(box);
}

/**
 * Enter in a text field: the browser submits the field's form (implicit submission), which
 * happy-dom does not do on its own.
 */
export function pressEnter(control: HTMLInputElement): void {
  act(() => {
    const down = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    if (control.dispatchEvent(down)) control.form?.requestSubmit();
  });
}

/** Lets pending promises (a save, a file read) settle and Preact render what they changed. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** The live region's text: what a screen reader announces. */
export function statusText(root: ParentNode): string {
  return [...root.querySelectorAll('[role="status"], [role="alert"]')].map((el) => el.textContent?.trim() ?? '').filter(Boolean).join(' | ');
}

function accessibleName(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
}

function labelOf(control: Control): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return aria;
  const label = control.closest('label');
  if (!label) return '';
  // The label's own words, without the text of the control inside it (a select's options).
  let text = '';
  for (const node of label.childNodes) if (node !== control && !node.contains(control)) text += node.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

function matches(actual: string, wanted: string | RegExp): boolean {
  return typeof wanted === 'string' ? actual === wanted : wanted.test(actual);
}
