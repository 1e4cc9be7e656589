// Counters: words after a figure that stand for whatever it counts ("27 unit" of boats, "60 buah" of stalls, "tiga
// ekor" of cattle). They say nothing a passage must repeat, and a figure they follow may count the claim's thing.

export const COUNTERS: ReadonlySet<string> = new Set(['unit', 'buah', 'ekor', 'biji', 'lembar', 'batang', 'units', 'pieces']);
