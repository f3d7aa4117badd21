/** A tiny iCalendar reader for tests: unfolds lines, splits properties, unescapes text. */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export type IcsComponent = { type: string; props: IcsProperty[]; children: IcsComponent[] };

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function parseIcs(text: string): IcsComponent {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  const root: IcsComponent = { type: 'ROOT', props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`not a property line: ${line}`);
    const [name = '', ...paramParts] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const top = stack.at(-1) as IcsComponent;
    if (name === 'BEGIN') {
      const child: IcsComponent = { type: value, props: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      if (top.type !== value) throw new Error(`END:${value} closes ${top.type}`);
      stack.pop();
    } else {
      const params = Object.fromEntries(paramParts.map((p) => p.split('=') as [string, string]));
      top.props.push({ name, params, value });
    }
  }
  if (stack.length !== 1) throw new Error('unclosed component');
  return root;
}

export function prop(c: IcsComponent, name: string): IcsProperty | undefined {
  return c.props.find((p) => p.name === name);
}

/** The nth child component, failing the test loudly when it is not there. */
export function childAt(c: IcsComponent, index: number): IcsComponent {
  const child = c.children[index];
  if (child === undefined) throw new Error(`${c.type} has no child ${index}`);
  return child;
}

/** A property's raw value, failing the test loudly when the property is missing. */
export function valueOf(c: IcsComponent, name: string): string {
  const p = prop(c, name);
  if (p === undefined) throw new Error(`${c.type} has no ${name}`);
  return p.value;
}
