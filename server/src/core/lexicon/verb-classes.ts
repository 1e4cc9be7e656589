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

/**
 * Verbs of giving out or setting out something ("memberikan rincian", "memaparkan rincian", "provided details",
 * "disclosed details"): which one a writer uses for the same thing changes nothing, so a passage that denies one
 * ("tidak memberikan rincian baru") speaks against a claim that has another. By stem.
 */
export const INDONESIAN_PROVIDING: ReadonlySet<string> = new Set(['beri', 'papar', 'ungkap', 'rinci', 'beber', 'sedia']);
export const PROVIDING: ReadonlySet<string> = new Set([...INDONESIAN_PROVIDING, 'give', 'provid', 'offer', 'present', 'disclos',
  'reveal', 'share']);

/** Verbs that deny a statement, active and passive, by form: "menyangkal bahwa …", "membantah tuduhan itu". */
export const DENYING: ReadonlySet<string> = new Set(['membantah', 'menyangkal', 'menampik', 'memungkiri', 'dibantah', 'disangkal', 'ditampik',
  'dipungkiri', 'deny', 'denies', 'denied', 'denying']);
