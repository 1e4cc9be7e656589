// Verbs by what they do to a sentence's claim, read by checks that ask whether a passage states an act.

/**
 * Verbs that link or give rather than act ("menjadi", "memiliki", "mendapatkan", "became", "has"): what they say
 * of two names is a state the sources word in many ways, not an act one of them did to the other. By stem.
 */
export const LINKING: ReadonlySet<string> = new Set(['jadi', 'rupa', 'milik', 'punya', 'dapat', 'peroleh', 'raih', 'ada',
  'kandung', 'muat', 'cakup', 'become', 'becam', 'have', 'has', 'had', 'get', 'got', 'receiv', 'own', 'includ', 'contain']);

/**
 * Verbs that say why rather than what was done ("disebabkan oleh tax amnesty" is "berkat tax amnesty"): a link
 * the sources word in many ways, like the linking verbs. By stem.
 */
export const CAUSING: ReadonlySet<string> = new Set(['sebab', 'akibat']);
