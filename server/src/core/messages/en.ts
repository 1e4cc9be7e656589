// Every sentence Sumber says to a writer about a draft, in English. Plain data: `{name}` marks where a value
// goes; `catalogue.ts` fills it in. The Indonesian catalogue (`id.ts`) has the same keys and the same
// placeholders (a test holds them to it), so a message is written once per language and nowhere else.
//
// How they are written: say what the source says and what the draft says, side by side, in the writer's words;
// no word lists, no talk of models, scores or verifiers.

export const EN = {
  // number-mismatch, date-mismatch, and a name the source gives otherwise (unknown-entity)
  'not-placed': 'No source puts this in {place}: the passage that states the rest does not say where, and its story places nothing in {place} at that time. {label}: “{passage}”',
  'differs': 'The source says “{source}”; the draft says “{draft}”. {label}: “{passage}”',
  'role-not-speaker': 'The sources give these words to {name}, whom they call {roles}, not to “{role}”. {label}: “{passage}”',
  'spoken-by-role': 'The sources give these words to “{speaker}”, not to {name}, whom they call {roles}. {label}: “{passage}”',
  'fix.insert': 'Insert “{text}”',
  'fix.replace': 'Replace with “{text}”',
  'share.percent': '{n} percent',

  // quotes
  'quote-negation-dropped': 'The quote leaves out the negation before it in the source: “{source}”. {label}: “{passage}”',
  'quote-differs': 'The source words this quote differently: the source says “{source}”; the draft says “{draft}”. The quote in {label}: “{passage}”',
  'quote-differs-whole': 'The source words this quote differently. The quote in {label}: “{passage}”',
  'quote-elsewhere': 'No source has these words; the source quotes other words here: “{passage}” ({label}).',
  'quote-not-found': 'No source has the quoted words “{quote}”.',
  'fix.source-wording': 'Use the source’s wording',
  'misattributed': 'The sources say {who} said this; the draft says {speaker}.',
  'fix.attribute': 'Attribute to {name}',
  'fix.attribute-full': 'Attribute to {name} ({full})',

  // names and roles (unknown-entity)
  'unknown-name': 'No source mentions “{name}”.',
  'unknown-name-mixed': 'No source mentions “{name}”: the sources name “{other}”, and its first word only in other names.',
  'unknown-name-mixed-person': 'No source mentions “{name}”: the sources name “{other}”, and “{given}” is someone else.',
  'unknown-name-place': 'No source mentions “{name}”: the sources name “{other}”.',
  'name.perhaps': 'Perhaps “{text}”, as the closest source passage spells it.',
  'unknown-name-closest': 'No source mentions “{name}”. The closest source passage names {names}.',
  'act-not-stated': 'No source says that {a} “{act}” {b}: where the sources name the two together ({label}), none says it.',
  'person-act-not-stated': 'No source says that {name} “{act}”: where the sources name {name}, none says it; {label} says it of someone else.',
  'asked-act-not-stated': 'Where the sources say {a} “{verb}” {b}, it is not to “{act}”: {label}: “{passage}”',
  'not-together': 'No source mentions {a} and {b} together, so none can say this of them.',
  'unknown-name-part': 'No source mentions “{name}”: no source uses “{part}”.',
  'unknown-name-part-closest': 'No source mentions “{name}”: no source uses “{part}”. The closest source passage names {names}.',
  'clause-differs': 'The sources say {name} {source}; the draft says “{draft}”.',
  'wrong-role': 'The sources call {name} {roles}; the draft says “{role}”.',
  'role-of-another': 'The sources give the role “{role}” to {holder} (“{sourceRole}”), not to {name}.',

  // contradiction
  'only-asked': 'The source says only that this was asked for: “{source}”; the draft says it was done: “{draft}”. {label}: “{passage}”',
  'only-possible': 'The source says only that this may happen: “{source}”; the draft says it did: “{draft}”. {label}: “{passage}”',
  'opposite': 'The source says the opposite: the source says “{source}”; the draft says “{draft}”. {label}: “{passage}”',
  'other-party': 'The source has {other} where the draft has {name}: “{source}”. {label}: “{passage}”',
  'reversed-roles': 'Who did what to whom is the other way round in the source: the source says “{source}”; the draft says “{draft}”. {label}: “{passage}”',

  // unsupported-claim
  'unsupported': 'No source says this. The closest passage, in {label}, has nothing for {missing}: “{passage}”',
  'unsupported-negation-added': 'No source says this. The closest passage, in {label}, states it without the negation: “{passage}”',
  'unsupported-negation-dropped': 'No source says this. The closest passage, in {label}, states it with a negation: “{passage}”',
  'unsupported-crossed': 'No source says this. The closest passage, in {label}, says {missing} of different things: “{passage}”',
  'unsupported-same-words': 'No source says this. The closest passage, in {label}, has its words but does not say it: “{passage}”',
  'unsupported-weak': 'No source passage says all of this. The closest, in {label}, has nothing for {missing}: “{passage}”',
  'unsupported-speaker': 'No source gives this to {speaker}: the passages that say it do not name them. The closest, in {label}: “{passage}”',
  'unsupported-weak-same-words': 'No source passage says all of this. The closest, in {label}, has its words but not all it says: “{passage}”',
  'unsupported-nothing-close': 'No source says this, and no source passage comes close to it.',

  // notices about the draft as a whole
  'draft-too-large': 'This draft ({size}) is larger than {limit}, so Sumber does not check it. Split it, or raise {setting} to check it anyway.',
  'unknown-directive': '“{directive}” is not a Sumber directive; use one of {directives}.',
  'unknown-directive-code': '“{code}” is not a Sumber finding code, so {directive} does not apply to it. The codes are {codes}.',

  // coverage of a draft: "14 of 17 claims supported · 2 errors · 1 unsupported"
  'coverage': '{supported} of {claims} claims supported',
  'coverage.one': '{supported} of {claims} claim supported',
  'coverage.error': '{n} error',
  'coverage.errors': '{n} errors',
  'coverage.unsupported': '{n} unsupported',

  // code actions the server adds to every finding
  'action.ignore': 'Ignore this finding',
  'action.known-name': 'Add “{name}” to known names',

  // what backs a supported sentence: the lens "↗ vote.md ¶3", its hover, and "Insert citation"
  'support.place': '{file} ¶{paragraph}',
  'support.place-page': '{file} p. {page} ¶{paragraph}',
  'support.hover': 'Supported by',
  'support.open': 'Open the passage that supports this sentence',
  'action.cite': 'Insert citation: {place}',

  // the hover on a name: who it is, as the sources say it
  'hover.kind.person': 'person',
  'hover.kind.organization': 'organisation',
  'hover.kind.place': 'place',
  'hover.kind.other': 'name',
  'hover.people': 'People: {people}',
  'hover.mentioned': 'Mentioned {times} in {documents}.',
  'hover.times.one': '{n} time',
  'hover.times': '{n} times',
  'hover.documents.one': '{n} document',
  'hover.documents': '{n} documents',
  'hover.also-written': 'Also written {forms}.',
  'hover.open-in': 'Open in {label}',

  // `sumber entities`: a name's line, as the hover counts it
  'entities.in-sources': '{n} in the sources ({documents})',
  'entities.not-in-sources': 'not in the sources',
  'entities.in-draft': '{n}× in the draft',
  'entities.in-draft-as': '{n}× in the draft as {forms}',
  'entities.none': 'no names',

  // indexing the sources: the status item, the progress and the notifications (in the editor's language)
  'status.indexing': 'Indexing {patterns}…',
  'status.indexing-files': 'Indexing {done} / {total} files',
  'status.progress-title': 'Sumber: indexing sources',
  'status.ready.one': '{n} document indexed',
  'status.ready': '{n} documents indexed',
  'status.skipped.one': 'skipped {n} unreadable file',
  'status.skipped': 'skipped {n} unreadable files',
  'status.empty': 'No sources to check against: {why} (in {folder}).',
  'status.none-readable': 'none of the corpus files could be read',
  'status.no-match': 'no files match {patterns}',
  'status.failed': 'Indexing {folder} failed: {error}',
  'status.archive': 'the archive {address}: {n} documents',
  'status.archive-unreachable': 'the archive {address} cannot be reached, so only local sources are checked ({reason}); trying again',
  'status.skipped-file': '{file} {reason}',
  'cli.skipped': 'skipped {file}: it {reason}',
  'cli.no-match': 'no corpus files match {pattern}',
  'cli.patterns': 'fix the corpus patterns above',
  'cli.empty': 'no sources to check against: the corpus is empty',
  'cli.empty-default': 'no sources to check against: no files match {patterns} here; put your sources in seeds/ or pass --corpus',
  'cli.total': '{problems} in {files}',
  'cli.problems.one': '{n} problem',
  'cli.problems': '{n} problems',
  'cli.files.one': '{n} file',
  'cli.files': '{n} files',

  // joining a list of quoted things: “a”, “b” or “c”
  'list.and': ' and ',
  'list.or': ' or ',
} as const;

export type MessageId = keyof typeof EN;
