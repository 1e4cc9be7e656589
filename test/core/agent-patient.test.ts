import * as assert from 'node:assert/strict';
import { corpusOfLines, relationsIn } from './seed-corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { nameRelations } from '../../server/src/core/facts/agent-patient';

// Who did what to whom between two names, read only where the sentence's shape is plain. Made-up sentences; the
// corpus only sets the vocabularies.

const corpus = corpusOfLines({ 'any.txt': ['Harwick United defeated Port Calder Rovers on Saturday.', 'Persikota Raya mengalahkan Bintang Timur.'] });

const relations = (text: string): string[] => relationsIn(corpus, text);

describe('who did what to whom', () => {
  it('reads the agent and the patient from the voice, in English and Indonesian', () => {
    assert.deepEqual(relations('Teresa Mosqueda defeated Jon Grant in the council race. Jon Grant was narrowly defeated by Teresa Mosqueda in the race. The Oakland Raiders have signed Brandon Barnes, the club said.'),
      ['Teresa Mosqueda > Jon Grant (defeated)', 'Teresa Mosqueda > Jon Grant (defeated)', 'Oakland Raiders > Brandon Barnes (signed)']);
    assert.deepEqual(relations('Airlangga dan Mpu Narotama mengalahkan Raja Wurawari. Airlangga dikalahkan oleh Raja Wurawari pada tahun itu.'),
      ['Airlangga + Mpu Narotama > Wurawari (mengalahkan)', 'Wurawari > Airlangga (dikalahkan)']);
  });

  it('reads a list whose names carry a bracketed note as one party ("A (X) dan B (Y)")', () => {
    assert.deepEqual(relations('Pada balapan ini, Hamilton mengungguli Daniel Ricciardo (Red Bull Racing) dan Valtteri Bottas (Mercedes).'),
      ['Hamilton > Daniel Ricciardo + Valtteri Bottas (mengungguli)']);
  });

  it('reads a verb in ber- that points at the other party through "pada" or "kepada" as directed, a manner between', () => {
    assert.deepEqual(relations('Arman Sudrajat semakin bergantung secara ekonomi pada Bayu Pratama. Lestari Wibowo berpihak kepada Rina Salim.'),
      ['Arman Sudrajat > Bayu Pratama (bergantung)', 'Lestari Wibowo > Rina Salim (berpihak)']);
    // "bersama" is no act, and "dengan" is an act of the two together (below).
    assert.deepEqual(relations('Lestari Wibowo bersama Rina Salim meninjau pasar.'), []);
  });

  it('joins a name read without its surname particles ("von der Leyen") to the party before it', () => {
    assert.deepEqual(relations('Arman Sudrajat dan von der Berg didesak oleh Rina Salim untuk mundur.'),
      ['Rina Salim > Arman Sudrajat + Berg (didesak)']);
  });

  it('reads an act of two together, said with "dengan" or "with", as mutual', () => {
    const mutual = (text: string) => {
      const facts = analyzeDraft(corpus, text, 'markdown');
      return facts.sentences.flatMap(s => nameRelations(s.tokens, s.words, s.names, s.lang ?? facts.lang).map(r => `${r.form} ${r.mutual ? 'mutual' : 'directed'}`));
    };
    assert.deepEqual(mutual('Arman Sudrajat bertemu dengan Bayu Pratama di Palu. Lestari Wibowo bersama Rina Salim meninjau pasar.'), ['bertemu mutual']);
    assert.deepEqual(mutual('Dana Whitlock met with Omar Haddad on Monday. Dana Whitlock thanked Omar Haddad.'), ['met mutual', 'thanked directed']);
  });

  it('reads a clause of purpose after an act as the same agents\' act ("… ke Palu untuk bertemu B")', () => {
    assert.deepEqual(relations('Arman Sudrajat mengunjungi Palu untuk bertemu Bayu Pratama. Lestari Wibowo menelepon Rina Salim untuk menemui Dodi Kurnia.'),
      ['Arman Sudrajat > Palu (mengunjungi)', 'Arman Sudrajat > Bayu Pratama (bertemu)', 'Lestari Wibowo > Rina Salim (menelepon)', 'Lestari Wibowo > Dodi Kurnia (menemui)']);
    // Not after a name that is no patient of an act, nor with a verb of saying.
    assert.deepEqual(relations('Ekspor dari Palu untuk membantu Bayu Pratama naik. Lestari Wibowo menelepon Rina Salim untuk mengatakan Dodi Kurnia menang.'),
      ['Lestari Wibowo > Rina Salim (menelepon)']);
  });

  it('reads nothing where a noun, a preposition or a verb of saying stands in the way', () => {
    assert.deepEqual(relations('Former Motown head Berry Gordy praised the singer. Intuit founder Scott Cook joined the round.'), []);
    assert.deepEqual(relations('Sanksi Barat telah memutus akses Moskow ke pasar dunia. Ekspor dari Tiongkok tidak mendukung Rusia.'), []);
    assert.deepEqual(relations('Media pemerintah China mengatakan Xi akan bertemu Erdogan.'), []);
  });

  it('reads the one asked as the patient of a request: "meminta" takes a person, not a clause', () => {
    assert.deepEqual(relations('Pada hari Senin, Arman Sudrajat meminta Bayu Pratama membantu warga yang terkena banjir di kota itu.'),
      ['Arman Sudrajat > Bayu Pratama (meminta)']);
  });
});
