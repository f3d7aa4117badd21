import {
  DEFAULT_LIKERT_LABELS,
  type AnonymityMode,
  type FormAudience,
  type FormInput,
  type FormPurpose,
  type FormVersion,
  type QuestionKind,
} from '../../../../shared/domain/evaluations';

/** One question as it is being typed: options one per line, exactly as entered. */
export interface QuestionDraft {
  uid: number;
  key: string;
  /** A key the educator typed, or one a saved version already uses, no longer follows the text. */
  keyFixed: boolean;
  text: string;
  kind: QuestionKind;
  required: boolean;
  scored: boolean;
  labels: string[];
  options: string;
}

export interface SectionDraft {
  uid: number;
  title: string;
  questions: QuestionDraft[];
}

export interface FormDraft {
  name: string;
  audience: FormAudience;
  purpose: FormPurpose;
  anonymity: AnonymityMode;
  introduction: string;
  sections: SectionDraft[];
}

let nextUid = 1;
const uid = () => nextUid++;

export const SCORABLE: readonly QuestionKind[] = ['likert5', 'scale10'];
export const CHOICE: readonly QuestionKind[] = ['single_choice', 'multiple_choice'];

export function newQuestion(): QuestionDraft {
  return {
    uid: uid(),
    key: '',
    keyFixed: false,
    text: '',
    kind: 'likert5',
    required: true,
    scored: true,
    labels: [...DEFAULT_LIKERT_LABELS],
    options: '',
  };
}

export function newSection(title = ''): SectionDraft {
  return { uid: uid(), title, questions: [newQuestion()] };
}

export function newForm(): FormDraft {
  return {
    name: '',
    audience: 'mentee',
    purpose: 'quarterly',
    anonymity: 'confidential',
    introduction: '',
    sections: [newSection()],
  };
}

/** The latest version's content, ready to edit; its keys stay as they are. */
export function draftOf(v: FormVersion): FormDraft {
  return {
    name: v.name,
    audience: v.audience,
    purpose: v.purpose,
    anonymity: v.anonymity,
    introduction: v.introduction,
    sections: v.sections.map((s) => ({
      uid: uid(),
      title: s.title,
      questions: s.questions.map((q) => ({
        uid: uid(),
        key: q.key,
        keyFixed: true,
        text: q.text,
        kind: q.kind,
        required: q.required,
        scored: q.scored,
        labels: [...(q.labels ?? DEFAULT_LIKERT_LABELS)],
        options: (q.options ?? []).join('\n'),
      })),
    })),
  };
}

/** "How supported did you feel?" → `how_supported_did_you_feel`, unique among `taken`. */
export function keyFromText(text: string, taken: ReadonlySet<string>): string {
  let base = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 32)
    .replace(/_+$/, '');
  if (!/^[a-z]/.test(base)) base = base === '' ? 'question' : `q_${base}`;
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
  return key;
}

/** Keys that follow their question's text are worked out again, never clashing with the rest. */
export function withKeys(draft: FormDraft): FormDraft {
  const taken = new Set(
    draft.sections.flatMap((s) => s.questions.filter((q) => q.keyFixed).map((q) => q.key)),
  );
  return {
    ...draft,
    sections: draft.sections.map((s) => ({
      ...s,
      questions: s.questions.map((q) => {
        if (q.keyFixed) return q;
        const key = keyFromText(q.text, taken);
        taken.add(key);
        return { ...q, key };
      }),
    })),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** What the API takes: labels only for agreement questions, options only for choices. */
export function formInputOf(draft: FormDraft): FormInput {
  return {
    name: draft.name,
    audience: draft.audience,
    purpose: draft.purpose,
    anonymity: draft.anonymity,
    introduction: draft.introduction,
    sections: draft.sections.map((s) => ({
      title: s.title,
      questions: s.questions.map((q) => ({
        key: q.key,
        text: q.text,
        kind: q.kind,
        required: q.required,
        scored: SCORABLE.includes(q.kind) && q.scored,
        ...(q.kind === 'likert5' ? { labels: q.labels } : {}),
        ...(CHOICE.includes(q.kind) ? { options: lines(q.options) } : {}),
      })),
    })),
  };
}

/** Moves the item at `index` one place up (-1) or down (+1). */
export function moved<T>(items: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return items;
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}
