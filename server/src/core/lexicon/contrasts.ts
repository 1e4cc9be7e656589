// Conjunctions that set one clause against another ("… utara berbelok ke kanan, sedangkan di belahan bumi selatan
// …", "but", "whereas"). What follows one is a statement of its own, with a subject of its own. Read where a passage
// is cut into clauses that may be crossed (checks/crossed-clauses.ts) and where a name after one stands at the head
// of its clause, as at the head of a sentence (checks/entity-swap.ts).

export const CONTRASTS: ReadonlySet<string> = new Set(['sedangkan', 'sementara', 'tetapi', 'tapi', 'namun', 'whereas', 'while', 'but']);
