// Country, region and capital names in Indonesian and English, lower-cased. They let the entity step split a
// run of capitalised words such as "Presiden Rusia Vladimir Putin" into a role, a place and a person, and give a
// name its kind. General knowledge, not tied to any corpus.

const COUNTRIES = `afganistan afghanistan afrika-selatan south-africa albania aljazair algeria amerika-serikat
united-states arab-saudi saudi-arabia argentina armenia australia austria azerbaijan bahrain bangladesh belanda
netherlands belarus belarusia belgia belgium bolivia brasil brazil brunei bulgaria ceko czechia chili chile china
cina tiongkok denmark ekuador ecuador mesir egypt estonia etiopia ethiopia filipina philippines finlandia finland
georgia ghana yunani greece india indonesia inggris britain britania-raya england irak iraq iran irlandia ireland
islandia iceland israel italia italy jamaika jamaica jepang japan jerman germany kamboja cambodia kanada canada
kazakhstan kenya kirgistan kyrgyzstan kolombia colombia korea-selatan south-korea korea-utara north-korea
kroasia croatia kuba cuba kuwait laos latvia lebanon libya lituania lithuania malaysia maroko morocco meksiko
mexico moldova mongolia myanmar nepal nigeria norwegia norway pakistan palestina palestine panama peru polandia
poland portugal prancis perancis france qatar rumania romania rusia russia selandia-baru new-zealand serbia
singapura singapore slovakia slovenia spanyol spain sri-lanka sudan suriah syria swedia sweden swiss switzerland
taiwan tajikistan tanzania thailand timor-leste tunisia turki turkey turkiye turkmenistan uganda ukraina ukraine
uni-emirat-arab united-arab-emirates uruguay uzbekistan venezuela vietnam yaman yemen yordania jordan zimbabwe
afrika africa asia eropa europe amerika america oseania oceania timur-tengah middle-east asia-pasifik
asia-pacific barat arktik arctic antartika antarctica uni-eropa european-union uni-soviet soviet-union soviet`;

const CAPITALS = `beijing moskow moscow washington kyiv kiev london paris berlin tokyo jakarta teheran tehran delhi
new-delhi islamabad ankara minsk tashkent astana bishkek dushanbe ashgabat seoul pyongyang taipei hanoi bangkok
manila kuala-lumpur canberra ottawa brussel brussels roma rome madrid lisabon lisbon wina vienna warsawa warsaw
praha prague budapest athena athens kairo cairo riyadh doha dubai abu-dhabi baghdad damaskus damascus beirut
yerusalem jerusalem gaza tel-aviv amman kabul canberra hong-kong shanghai`;

function parse(list: string): string[] {
  return list.split(/\s+/).filter(Boolean).map(w => w.replace(/-/g, ' '));
}

export const COUNTRY_NAMES: ReadonlySet<string> = new Set(parse(COUNTRIES));
/** The parts of the world among COUNTRY_NAMES: countries lie inside them, so one never stands for the other. */
export const REGION_NAMES: ReadonlySet<string> = new Set(parse(`afrika africa asia eropa europe amerika america oseania oceania
timur-tengah middle-east asia-pasifik asia-pacific barat arktik arctic antartika antarctica uni-eropa european-union`));
export const CAPITAL_NAMES: ReadonlySet<string> = new Set(parse(CAPITALS));
export const PLACE_NAMES: ReadonlySet<string> = new Set([...COUNTRY_NAMES, ...CAPITAL_NAMES]);

/** Longest number of words a place name above has. */
export const MAX_PLACE_WORDS = 3;
