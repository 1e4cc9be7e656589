import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// A contradiction needs a passage that asserts the opposite. Not one whose negation is undone by a second ("bukan
// tanpa alasan"), whose "belum lagi" only adds (not to mention), whose act stands in a condition or an open
// question, or whose denial says an act stopped against a claim that puts it in the past. Each still opposes the
// claim where it does assert the opposite.

const corpus = corpusOfLines({
  'klub.txt': [
    'Bukan tanpa alasan pelatih Andi Wirawan memanggil kembali penyerang muda itu ke tim utama.',
    'Lini depan Persija tampil tajam sepanjang musim. Belum lagi Persija masih memiliki Marko Simic yang tampil konsisten.',
    'Jika uji coba itu gagal, kontrak sponsor klub bakal dibatalkan.',
    'Manajer tim mengaku jika klub tidak memiliki dana untuk membeli pemain baru.',
    'Stadion Wijaya di Kota Sarilam sudah tidak digunakan untuk laga liga sejak renovasi.',
    'Trem wisata Kota Sarilam terakhir kali beroperasi pada 2013.',
    'Becak yang merupakan angkutan murah meriah itu bukanlah asli Sarilam, tetapi datang dari kota lain.',
    'Kota Sarilam belum menjadi anggota Liga Kota Pelabuhan.',
  ],
  'cuaca.txt': ['Hujan deras mengguyur kota sepanjang sore.', 'Sejumlah jalan tergenang setinggi lutut orang dewasa.'],
});

const contradictions = (draft: string) => flaggedIn(corpus, `${draft}\n`).filter(d => d.code === 'contradiction');

describe('a negation that asserts no opposite', () => {
  it('is no contradiction when a second negation undoes it, or when "belum lagi" means "not to mention"', () => {
    assert.deepEqual(contradictions('Pelatih Andi Wirawan memanggil kembali penyerang muda itu ke tim utama dengan alasan.'), []);
    assert.deepEqual(contradictions('Persija memiliki Marko Simic.'), []);
  });

  it('is no contradiction when the act stands in a condition, but a "jika" after a verb of saying asserts', () => {
    assert.deepEqual(contradictions('Uji coba itu belum gagal.'), []);
    const [d] = contradictions('Manajer tim mengatakan klub memiliki dana untuk membeli pemain baru.');
    assert.match(d?.message ?? '', /tidak memiliki/);
  });

  it('is no contradiction between an act said to have stopped and the act said in the past; the act said as now is', () => {
    assert.deepEqual(contradictions('Trem wisata Kota Sarilam tak lagi beroperasi.'), []);
    assert.deepEqual(contradictions('Stadion Wijaya pernah digunakan untuk laga liga.'), []);
    const [d] = contradictions('Stadion Wijaya di Kota Sarilam digunakan untuk laga liga.');
    assert.match(d?.message ?? '', /tidak digunakan/);
  });
});

describe('a denied complement', () => {
  it('is no contradiction where the denial lands on a describing word both sentences deny', () => {
    assert.deepEqual(contradictions('Becak bukan merupakan angkutan asli Sarilam.'), []);
  });

  it('is a contradiction of the complement stated, and the message shows the denial with it', () => {
    const [d] = contradictions('Kota Sarilam merupakan anggota Liga Kota Pelabuhan.');
    assert.match(d?.message ?? '', /“belum menjadi anggota”/);
  });
});
