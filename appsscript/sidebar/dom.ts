// The sidebar builds its DOM with createElement and textContent only: no markup is ever parsed
// from a string, so text from a cell (a PD name, a finding) can never become an element.

export interface ElementProps {
  text?: string;
  className?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, props: ElementProps = {}, children: (Node | null)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.text !== undefined) node.textContent = props.text;
  if (props.className) node.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.appendChild(child);
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A number the Indonesian way: 75,25. */
export function formatNumber(n: number | null): string {
  return n === null ? "–" : n.toLocaleString("id-ID", { maximumFractionDigits: 2 });
}
