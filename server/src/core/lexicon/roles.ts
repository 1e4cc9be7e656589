// Words that make a run of capitalised words a role rather than a name ("Presiden", "Menteri Luar Negeri",
// "Prime Minister"), and words that mark an organisation. Titles are what hover shows as a person's role, and
// what the role check compares.

export const TITLE_HEADS: ReadonlySet<string> = new Set(`presiden wakil menteri perdana ketua sekretaris jenderal jendral
juru bicara gubernur walikota wali bupati raja ratu pangeran putra putri kanselir duta direktur profesor prof
kepala pemimpin panglima kapten jaksa hakim senator anggota komandan utusan diplomat penasihat menlu menhan
kaisar paus imam sultan syekh uskup pastor dr presidential president vice minister prime secretary general
spokesman spokeswoman spokesperson governor mayor king queen prince princess chancellor ambassador director
professor chief leader chairman chairwoman chair senator judge envoy adviser advisor ceo founder pope emperor
commander foreign defence defense deputy premier mantan former pemimpin councillor councilor councillors councilors
sheriff councilmember councilmembers councilwoman councilman alderman superintendent commissioner marshal coach`.split(/\s+/).filter(Boolean));

/** Words that continue a title once it has started ("Menteri Luar Negeri", "Sekretaris Jenderal"). */
export const TITLE_TAILS: ReadonlySet<string> = new Set(`luar dalam negeri pertahanan keuangan perdagangan
besar agung jenderal bicara utama tinggi muda kota negara partai komisi affairs state of the general foreign
defence defense finance trade interior executive besar`.split(/\s+/).filter(Boolean));

/**
 * Those in charge of a university or a faculty, a harbour, a school or a ship: titles the role check compares
 * ("rektor" is not "profesor", a harbour master no spokesperson). Kept apart from TITLE_HEADS, which the name finder
 * was trained with; it knows the Indonesian ones as leads of a name (TITLE_ABBREVIATIONS).
 */
export const IN_CHARGE_TITLES: ReadonlySet<string> = new Set(['rektor', 'dekan', 'rector', 'dean', 'provost',
  // Who is in charge of a harbour, a school, a ship: "Harbour master Gwen Tolland" is no coastguard spokesperson.
  'master', 'harbourmaster', 'harbormaster', 'headmaster', 'headmistress', 'syahbandar']);

/** Words that mark a capitalised run as an organisation. */
export const ORG_WORDS: ReadonlySet<string> = new Set(`kementerian departemen partai komisi organisasi dewan
universitas university institut institute news kongres senat parlemen majelis bank badan lembaga kantor
perusahaan pt tbk corporation corp inc ltd company group grup agency agensi kantor asosiasi federasi liga
pasukan tentara angkatan kepolisian polisi militer ministry department party commission organisation
organization council congress senate parliament times post journal tv televisi radio media kremlin
gedung pentagon nato pbb un who imf bursa fakultas forum koalisi himpunan ikatan perhimpunan yayasan komite
fraksi mahkamah pengadilan kejaksaan kedutaan kedubes brigade front exchange alliance association union
society foundation federation committee board authority coalition chamber trading holdings llc plc
industries enterprises logistics school college academy hospital partners construction consultancy consulting
associates builders contractors engineering services solutions technologies pharmaceuticals airlines airways motors`.split(/\s+/).filter(Boolean));

/** Words that open the name of an event ("Olimpiade Musim Dingin", "Piala Dunia", "KTT G20", "Perang Dingin"). */
export const EVENT_WORDS: ReadonlySet<string> = new Set(`olimpiade olympics olympic piala cup festival kejuaraan
championship championships ktt summit konferensi conference pemilu pilkada pilpres election muktamar perang war
pekan turnamen tournament expo pameran games`.split(/\s+/).filter(Boolean));

/**
 * Forms of address in front of a name ("Pak Jokowi", "Bu Ani", "Ny Herawati Boediono"). Not roles: a draft that
 * writes "Pak Putin" claims no title, so the role check must not see one; and not part of the name either.
 */
export const HONORIFICS: ReadonlySet<string> = new Set(`pak bu bapak ibu ny nyonya tuan nona sdr saudara saudari
mbak mas kak haji hajah hj mr mrs ms miss sir`.split(/\s+/).filter(Boolean));

/**
 * Indonesian abbreviated titles ("Menko Perekonomian Boediono", "Kapolri Jenderal Sutarman"), and the heads of a
 * district, a village ward or a local police post ("Camat Bagarih Hulu", "Kapolsek …"), whom the name finder was
 * trained without. They mark the
 * end of a title and the start of a name, but are kept out of TITLE_HEADS: the role check compares title words,
 * and "Menko" in a draft against "Menteri Koordinator" in a source must not read as a different role.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(`wapres menko mendagri menkeu menkes mendikbud
mensos menpora menkumham menag menaker menhub mentan kapolri wakapolri kapolda kapolres kasad kasal kasau sekjen
wasekjen ketum waketum dirut capres cawapres cagub cawagub wagub wabup walkot kades komjen irjen brigjen kombes
akbp letjen mayjen marsekal laksamana rektor dekan kabareskrim jubir pol camat lurah kapolsek kapolresta kasat
kasatreskrim kasatlantas danramil dandim kajari kajati kalapas kalak sekda kadis kadinkes kompol akp iptu ipda`.split(/\s+/).filter(Boolean));

/** Lower-case words allowed inside a personal or organisational name. */
// Indonesian "di"/"dan" and English "and"/"the" are left out: "Putin di Rusia" and "Putin and Xi" are two names.
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'bin', 'binti',
  'al', 'el', 'ibn', 'dos', 'du', 'of']);
