#!/usr/bin/env python3
"""eval_articles.py - measures dyad's whole-article understanding on
data/eval/articles.jsonl (issue 7): events found, events that need
coreference, and for the events found, attribution, date and location
accuracy; and positive events coded from acts the text negates or only
plans.

usage: tools/eval_articles.py [BUILD_DIR] [ARTICLES.jsonl]
Runs BUILD_DIR/dyad code on the articles (id, date, text only) and compares
its events with each record's `expected` and `negated` lists. An expected
event is found when the article has an event with the same source, target
and CAMEO code (one event per triple and article, as the set lists them;
for attribution, date and location, the one coded from the sentence the
record names, if any). A negated or planned act counts as coded when its
triple is coded from the sentence the record names."""
import json
import subprocess
import sys
import unicodedata
from collections import defaultdict

build = sys.argv[1] if len(sys.argv) > 1 else 'build'
path = sys.argv[2] if len(sys.argv) > 2 else 'data/eval/articles.jsonl'
records = [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]
inp = '\n'.join(json.dumps({'id': r['id'], 'date': r['date'], 'text': r['text']}) for r in records) + '\n'
out = subprocess.run([build + '/dyad', 'code', '-'], input=inp, capture_output=True, text=True, check=True).stdout
got = defaultdict(lambda: defaultdict(list))  # article -> triple -> its events
for line in out.splitlines():
    e = json.loads(line)
    key = (e['source']['code'] or '---', e['target']['code'] or '---', e['cameo'])
    got[e['article']][key].append(e)

def match(events, x):
    """The event for expected x: one coded from x's sentence if any, else the first."""
    cands = events.get((x['source'], x['target'], x['code'])) or []
    for e in cands:
        if x.get('sentence') and (x['sentence'] in (e.get('text') or '') or (e.get('text') or '') in x['sentence']):
            return e
    return cands[0] if cands else None

def coded_from(events, x):
    """The events of x's triple coded from x's sentence (from anywhere in
    the article when x names no sentence): a negated act counts as coded
    only there, not when the same triple is rightly coded from another
    sentence that reports it done."""
    cands = events.get((x['source'], x['target'], x['code'])) or []
    if not x.get('sentence'):
        return cands
    return [e for e in cands if x['sentence'] in (e.get('text') or '') or (e.get('text') or '') in x['sentence']]

def place_key(name):
    """A place name as compared: case, accents, spaces, hyphens and
    apostrophes aside ("Pétionville" is "Petion-Ville")."""
    name = unicodedata.normalize('NFD', name or '')
    return ''.join(c for c in name if c.isalnum()).lower()

def pct(a, b):
    return '%5.1f%% (%d/%d)' % (100.0 * a / b, a, b) if b else '    - (0/0)'

n_exp = found = coded = 0
coref = coref_found = 0
attr_ok = attr_n = date_ok = date_n = loc_ok = loc_n = loc_country_ok = 0
negated_n = negated_coded = 0
for r in records:
    events = got.get(r['id'], {})
    coded += len(events)
    for x in r['expected']:
        key = (x['source'], x['target'], x['code'])
        n_exp += 1
        coref += bool(x.get('coreference'))
        e = match(events, x)
        if not e:
            continue
        found += 1
        coref_found += bool(x.get('coreference'))
        a = e.get('attribution') or {}
        attr_n += 1
        attr_ok += (a.get('code') if a else None) == x.get('attribution')
        date_n += 1
        date_ok += e.get('date') == x.get('date') and e.get('date_precision') == x.get('date_precision', 'day')
        if x.get('location'):
            loc_n += 1
            l = e.get('location') or {}
            same_country = l.get('country') == x['location'].get('country')
            loc_country_ok += same_country
            loc_ok += same_country and place_key(l.get('name')) == place_key(x['location'].get('name'))
    for x in r.get('negated', []):
        negated_n += 1
        negated_coded += bool(coded_from(events, x))

print('%s (%d articles)' % (path, len(records)))
print('  events found (recall)          %s' % pct(found, n_exp))
print('  events right (precision)       %s' % pct(found, coded))
print('  needing coreference, found     %s' % pct(coref_found, coref))
print('  attribution right (found ones) %s' % pct(attr_ok, attr_n))
print('  date and precision right       %s' % pct(date_ok, date_n))
print('  location right (name, country) %s' % pct(loc_ok, loc_n))
print('  location country right         %s' % pct(loc_country_ok, loc_n))
print('  negated or planned acts coded  %d of %d' % (negated_coded, negated_n))
