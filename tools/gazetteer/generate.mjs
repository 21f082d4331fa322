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
const special = { 'ı': 'i', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'đ': 'd', 'ł': 'l', 'þ': 'th', 'ð': 'd', 'ħ': 'h' };
function fold(text) {
  const lower = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const ch of lower) out += special[ch] ?? ch;
  return out.replace(/['’ʼ‘ʻʿʾ`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
const slug = (text) => fold(text).replace(/ /g, '-');
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

// Capitals: a city within its country; for countries that dominate the news, the capital is also a metonym for the government.
const metonymCountries = new Set(overrides.capitalMetonymsFor);
for (const c of countries) {
  const country = byCode.get(c.cca2);
  const capital = c.capital?.[0];
  if (!capital || !isLatin(capital)) continue;
  const capitalName = capital.replace(/ D\.C\.$/, '');
  const sameAsCountry = country.aliases.some((a) => fold(a) === fold(capitalName));
  cityEntries.push({
    id: sameAsCountry ? `${country.id}-city` : slug(capitalName),
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
    const id = o.id ?? (taken.has(fold(name)) ? `${slug(name)}-${country.id}` : slug(name));
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
