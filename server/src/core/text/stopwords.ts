// Function words carry no claim of their own: retrieval and overlap scores should weigh a shared "presiden" or
// "sanctions", not a shared "yang" or "the". Negators are the exception a checker cannot ignore, since "tidak
// mengutuk" and "mengutuk" share every content word; they are listed as stopwords (they say nothing about the
// topic) and also exported on their own so that a checker can look for them.
// Speech verbs ("kata", "ujar", "mengatakan", "said") are deliberately absent: attribution depends on them.

/** Indonesian words (and colloquial variants) that negate what follows. */
export const NEGATION_WORDS_ID: ReadonlySet<string> = new Set([
  'tidak', 'tak', 'bukan', 'belum', 'tanpa', 'jangan', 'tiada', 'takkan', 'enggak', 'nggak', 'gak', 'ndak',
  // With the particle of emphasis, and "bukannya" (rather than: "bukannya menciptakan kerusakan").
  'tidaklah', 'bukanlah', 'bukannya',
]);

/** English negators, including the clitic "n't" as a tokenizer may split it off and common contractions. */
export const NEGATION_WORDS_EN: ReadonlySet<string> = new Set([
  'not', 'no', 'never', "n't", 'without', 'neither', 'nor', 'none', 'nobody', 'nothing', 'nowhere', 'cannot',
  "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
  "hadn't", "shouldn't", "wouldn't", "couldn't", "mustn't",
]);

const INDONESIAN = new Set([
  // pronouns and demonstratives
  'aku', 'saya', 'kamu', 'engkau', 'anda', 'dia', 'ia', 'beliau', 'kami', 'kita', 'mereka', 'kalian', 'nya',
  'ini', 'itu', 'tersebut', 'sini', 'situ', 'sana', 'begini', 'begitu', 'demikian',
  // prepositions
  'di', 'ke', 'dari', 'pada', 'kepada', 'daripada', 'dalam', 'untuk', 'bagi', 'oleh', 'dengan', 'tentang',
  'terhadap', 'antara', 'sejak', 'hingga', 'sampai', 'menurut', 'atas', 'sekitar', 'melalui', 'lewat', 'menuju',
  'sebagai', 'seperti', 'demi', 'per', 'via', 'selama', 'menjelang', 'sesudah', 'setelah', 'sebelum', 'ketika',
  'saat', 'sewaktu', 'sambil', 'seraya', 'bersama', 'tanpa', 'berdasarkan', 'mengenai',
  // conjunctions and discourse connectives
  'dan', 'atau', 'tetapi', 'tapi', 'namun', 'serta', 'bahwa', 'karena', 'sebab', 'jika', 'jikalau', 'kalau',
  'apabila', 'bila', 'agar', 'supaya', 'sehingga', 'maka', 'lalu', 'kemudian', 'meskipun', 'walaupun', 'meski',
  'walau', 'biarpun', 'sedangkan', 'sementara', 'padahal', 'bahkan', 'yaitu', 'yakni', 'ialah', 'adalah',
  'merupakan', 'maupun', 'selain', 'melainkan', 'sedang', 'asalkan', 'soal',
  // determiners, articles and quantifiers
  'yang', 'para', 'sang', 'si', 'seorang', 'sebuah', 'suatu', 'setiap', 'tiap', 'semua', 'seluruh', 'segala',
  'beberapa', 'sebagian', 'banyak', 'berbagai', 'masing', 'lain', 'sendiri',
  // auxiliaries, aspect and modality
  'akan', 'telah', 'sudah', 'masih', 'belum', 'pernah', 'sempat', 'bisa', 'dapat', 'boleh', 'harus', 'mesti',
  'mungkin', 'mau', 'ada', 'adanya',
  // negators (also exported above)
  'tidak', 'tak', 'bukan', 'jangan', 'tiada', 'takkan', 'enggak', 'nggak', 'gak', 'ndak',
  // adverbs and particles
  'juga', 'pula', 'lagi', 'saja', 'hanya', 'cuma', 'sangat', 'amat', 'paling', 'lebih', 'sekali', 'terlalu',
  'cukup', 'agak', 'makin', 'semakin', 'selalu', 'sering', 'secara', 'pun', 'lah', 'kah', 'tah', 'dong', 'kok',
  'sih', 'toh', 'nah', 'ya', 'kan', 'memang', 'justru', 'tentu', 'hal',
  // interrogatives
  'apa', 'siapa', 'mana', 'dimana', 'kapan', 'mengapa', 'kenapa', 'bagaimana', 'berapa',
]);

const ENGLISH = new Set([
  // articles, determiners, quantifiers
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'such', 'each', 'every', 'all', 'any', 'some', 'both',
  'either', 'few', 'more', 'most', 'many', 'much', 'several', 'other', 'another', 'own', 'same',
  // pronouns
  'i', 'me', 'my', 'mine', 'myself', 'you', 'your', 'yours', 'yourself', 'he', 'him', 'his', 'himself', 'she',
  'her', 'hers', 'herself', 'it', 'its', 'itself', 'we', 'us', 'our', 'ours', 'ourselves', 'they', 'them',
  'their', 'theirs', 'themselves', 'who', 'whom', 'whose', 'which', 'what', 'whatever', 'whoever',
  // prepositions
  'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'about', 'for', 'into', 'onto', 'over', 'under', 'after',
  'before', 'between', 'among', 'through', 'during', 'against', 'within', 'upon', 'across', 'toward', 'towards',
  'around', 'via', 'per', 'above', 'below', 'off', 'out', 'up', 'down', 'than', 'like',
  // "according to" frames a source as Indonesian "menurut" does, a preposition too
  'according',
  // conjunctions and connectives
  'and', 'or', 'but', 'so', 'yet', 'if', 'then', 'because', 'as', 'while', 'although', 'though', 'unless',
  'until', 'since', 'whether', 'when', 'where', 'why', 'how', 'also', 'however',
  // auxiliaries and modals
  'be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'doing', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought',
  "'s", "'re", "'ve", "'ll", "'d", "'m",
  // adverbs
  'just', 'very', 'too', 'only', 'even', 'still', 'already', 'again', 'ever', 'here', 'there', 'now', 'thus',
  // approximators, as "about" and "around" above: hedges.ts weighs them beside the figure they soften
  'roughly', 'approximately',
]);
for (const w of NEGATION_WORDS_EN) ENGLISH.add(w);

/** English articles: a name or a noun may or may not take one in the same slot ("the Carrow Cancer Centre"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

export function isIndonesianStopword(norm: string): boolean {
  return INDONESIAN.has(norm);
}

export function isEnglishStopword(norm: string): boolean {
  return ENGLISH.has(norm);
}
