import { LanguageTools, Token } from '../types';

// "Voted against the plan" says the councillor opposed it; "against" is otherwise a function word ("advises against
// dredging", "borrowing against the future"), left out of matching. After a verb of taking a side it is read as
// the opposing, so a writer's "Reyes opposed the plan" finds the passage that says how he voted.

/** Verbs after which "against" takes a side, as English stems them. */
const SIDING = ['voted', 'argued', 'spoke', 'campaigned', 'testified', 'lobbied', 'ruled', 'sided'];
const sidingStems = new Map<LanguageTools, Set<string>>();

/** The stem "against" stands for at token i (the stem of "oppose"), or undefined where it is a function word. */
export function sideTaken(tokens: readonly Token[], i: number, tools: LanguageTools): string | undefined {
  if (tools.lang !== 'en' || tokens[i].norm !== 'against' || i === 0) return undefined;
  let stems = sidingStems.get(tools);
  if (!stems) sidingStems.set(tools, stems = new Set(SIDING.map(w => tools.stem(w))));
  return stems.has(tools.stem(tokens[i - 1].norm)) ? tools.stem('oppose') : undefined;
}
