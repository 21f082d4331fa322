// Generates src/NewsEvents/Resources/gazetteer/countries.json and regions.json from open datasets
// (world-countries, ODbL; country-region-data, MIT) plus the hand-curated overrides.json.
// Run: npm install --no-package-lock && node generate.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'src', 'NewsEvents', 'Resources', 'gazetteer');
const countries = require('world-countries/countries.json');
const regionData = require('country-region-data/data.json');
const overrides = JSON.parse(readFileSync(join(here, 'overrides.json'), 'utf8'));

// Same folding as NewsEvents.Entities.TextFolding: strip diacritics, lower-case, letters and digits only.
const special = { 'ı': 'i', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'đ': 'd', 'ł': 'l', 'þ': 'th', 'ð': 'd', 'ħ': 'h', 'ə': 'e' };
function fold(text) {
  const lower = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const ch of lower) out += special[ch] ?? ch;
  return out.replace(/['’ʼ‘ʻʿʾ`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
// Identifiers are ASCII: letters outside a-z that survive folding are dropped.
// The matcher's key: folded words without the Arabic articles al/el ("Al Bahr al Ahmar" = "El Bahr el Ahmar").
const keyOf = (text) => fold(text).split(' ').filter((w) => w !== 'al' && w !== 'el').join(' ');
const slug = (text) => fold(text).replace(/[^a-z0-9 ]/g, '').trim().replace(/ +/g, '-');
// Latin-script names only, and no phonetic (IPA) transcriptions.
const isLatin = (text) => !/[^\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}\p{S}]/u.test(text) && !/[\u0250-\u02AF]/u.test(text);
// Codes such as "TR" or "SY" are not names; all-caps short aliases come only from overrides.json.
const isCode = (text) => /^[A-Z]{2,3}$/.test(text);
const unique = (list) => [...new Map(list.filter(Boolean).map((x) => [x, x])).values()];

const countryEntries = [];
const cityEntries = [];
const byCode = new Map();
for (const c of countries) {
  const o = overrides.countries[c.cca2] ?? {};
  const name = o.name ?? c.name.common;
  const id = o.id ?? slug(name);
  const aliases = unique([name, c.name.common, c.name.official, ...(o.aliases ?? []),
    ...c.altSpellings.filter((a) => isLatin(a) && !isCode(a) && !a.includes(', '))]);
  const demonyms = o.demonyms ?? unique([c.demonyms?.eng?.m, c.demonyms?.eng?.f]);
  const entry = {
    id, name, type: 'country', aliases, demonyms,
    iso: c.cca2, unMember: o.unMember ?? c.unMember,
  };
  countryEntries.push(entry);
  byCode.set(c.cca2, entry);
}

// A demonym shared by several countries ("American", "Dominican") stays only with the one UN member among them, else with none.
const demonymOwners = new Map();
for (const e of countryEntries) for (const d of e.demonyms) demonymOwners.set(fold(d), [...(demonymOwners.get(fold(d)) ?? []), e]);
for (const [key, owners] of demonymOwners) {
  if (owners.length < 2) continue;
  const members = owners.filter((o) => o.unMember);
  for (const o of owners) if (!(members.length === 1 && members[0] === o)) o.demonyms = o.demonyms.filter((d) => fold(d) !== key);
}

// Identifiers must be unique across generated and hand-curated files.
const usedIds = new Set(countryEntries.map((e) => e.id));
for (const file of ['places.json', 'actors.json', 'sources.json']) {
  for (const e of JSON.parse(readFileSync(join(outDir, file), 'utf8')).entries) usedIds.add(e.id);
}
const curatedPlaces = JSON.parse(readFileSync(join(outDir, 'places.json'), 'utf8')).entries;
const uniqueId = (id, countryId) => {
  let result = usedIds.has(id) ? `${id}-${countryId}` : id;
  for (let n = 2; usedIds.has(result); n++) result = `${id}-${countryId}-${n}`;
  usedIds.add(result);
  return result;
};

// Capitals: a city within its country; for countries that dominate the news, the capital is also a metonym for the government.
const metonymCountries = new Set(overrides.capitalMetonymsFor);
// UN members first, so a territory's capital that shares a member's capital name (Kingston) is the one left out.
const byMembership = [...countries].sort((a, b) => Number(byCode.get(b.cca2).unMember) - Number(byCode.get(a.cca2).unMember));
for (const c of byMembership) {
  const country = byCode.get(c.cca2);
  const capital = c.capital?.[0];
  if (!capital || !isLatin(capital)) continue;
  if (cityEntries.some((x) => keyOf(x.name) === keyOf(capital))) continue;
  const capitalName = capital.replace(/ D\.C\.$/, '');
  const sameAsCountry = country.aliases.some((a) => fold(a) === fold(capitalName));
  // A capital already curated (with more aliases) is not generated again.
  if (curatedPlaces.some((p) => p.type === 'city' && p.within === country.id && fold(p.name) === fold(capitalName))) continue;
  cityEntries.push({
    id: uniqueId(sameAsCountry ? `${country.id}-city` : slug(capitalName), country.id),
    name: sameAsCountry && !/city/i.test(capitalName) ? `${capitalName} City` : capitalName,
    type: 'city',
    aliases: unique([capitalName, capital]).filter((a) => !sameAsCountry || /city/i.test(a)),
    within: country.id,
    capital: true,
    metonymFor: metonymCountries.has(c.cca2) && !sameAsCountry ? country.id : undefined,
  });
}
for (const [code, o] of Object.entries(overrides.countries)) {
  for (const metonym of o.metonyms ?? []) {
    const country = byCode.get(code);
    const city = cityEntries.find((x) => x.within === country.id && x.aliases.some((a) => fold(a) === fold(metonym)));
    if (city) city.metonymFor = country.id;
    else country.metonyms = unique([...(country.metonyms ?? []), metonym]);
  }
}

// Regions of the countries that dominate conflict news; English names from overrides.json.
const regionEntries = [];
const dropNames = new Set(overrides.dropRegionNames.map(fold));
const taken = new Map();
for (const e of [...countryEntries, ...cityEntries]) {
  for (const a of [...e.aliases, ...(e.demonyms ?? [])]) taken.set(fold(a), e.id);
}
for (const code of overrides.regionCountries) {
  const country = byCode.get(code);
  const data = regionData.find((r) => r.countryShortCode === code);
  for (const r of data.regions) {
    const o = overrides.regions[`${code}-${r.shortCode}`] ?? {};
    const datasetName = r.name.replace(/['ʼ’]$/, '');
    const name = o.name ?? datasetName;
    if (!o.name && (fold(name).length < 4 || dropNames.has(fold(name)))) continue;
    const aliases = unique([name, ...(dropNames.has(fold(datasetName)) ? [] : [datasetName]), ...(o.aliases ?? [])])
      .filter((a) => a === name || !taken.has(fold(a)));
    // Two regions of different countries with one name (Al Jawf): the later one is left out rather than made ambiguous.
    if (regionEntries.some((x) => keyOf(x.name) === keyOf(name))) { console.log(`skipped region ${code}-${r.shortCode} ${name}: name taken`); continue; }
    const id = o.id ?? uniqueId(taken.has(fold(name)) ? `${slug(name)}-province` : slug(name), country.id);
    if (o.id) usedIds.add(o.id);
    regionEntries.push({ id, name, type: 'region', aliases, within: country.id, iso: `${code}-${r.shortCode}` });
  }
}

const write = (file, about, entries) => {
  const json = { schema: 'newsevents.gazetteer/1', about, entries };
  writeFileSync(join(outDir, file), JSON.stringify(json, null, 1) + '\n');
  console.log(`${file}: ${entries.length} entries`);
};
write('countries.json', 'Generated by tools/gazetteer/generate.mjs from world-countries (ODbL 1.0) and tools/gazetteer/overrides.json. Do not edit.', countryEntries);
write('capitals.json', 'Generated by tools/gazetteer/generate.mjs from world-countries (ODbL 1.0) capitals. Do not edit.', cityEntries);
write('regions.json', 'Generated by tools/gazetteer/generate.mjs from country-region-data (MIT) and tools/gazetteer/overrides.json. Do not edit.', regionEntries);
console.log(`UN members: ${countryEntries.filter((c) => c.unMember).length}`);
