#!/usr/bin/env python3
"""Check the blind gold sets (fixtures/extract/blind/*/*.yaml) against their sources without
running policy-compile: each file parses, every obligation text, target and deadline text is an
exact substring of the source once line breaks are joined (unit notes removed), obligations come in
document order, fields have the contract's shapes. Usage: python3 scripts/check-blind-gold.py [--rest] [files...]; with --rest it also prints, for each
file, its source with the obligation texts cut out (one piece a line), so a reader can see that no sentence
of a listed node was left out."""
import glob, html, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, '..', 'shared', 'corpus')
MODALITIES = {'mandatory', 'encouraged', 'exploratory', 'plain'}
# Unit notes the contract removes from texts: （…负责）, （…牵头…）, （…配合…）.
UNIT_NOTE = re.compile(r'（[^（）]*(?:负责|牵头|配合|落实|责任单位|责任处室|责任部门|责任科室)[^（）]*）')

def source_text(ref):
    path = os.path.join(CORPUS, ref[len('corpus:'):]) if ref.startswith('corpus:') else os.path.join(ROOT, ref)
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    if path.endswith('.html'):
        raw = page_text(raw)
    lines = [l.strip().strip('\u3000') for l in raw.split('\n')]
    joined = ''.join(lines)
    return joined, UNIT_NOTE.sub('', joined)

def page_text(page):
    """A web page's article as lines of text, without running the tool: what lies between TRS's
    `<!--startprint-->` and `<!--endprint-->` (the whole page without them), tags as line breaks,
    entities decoded. Cruder than the tool's reader, but enough to find a sentence in."""
    body = re.search(r'<!--startprint-->(.*?)<!--endprint-->', page, re.S)
    page = body.group(1) if body else page
    page = re.sub(r'<(script|style)\b.*?</\1>', '', page, flags=re.S | re.I)
    return html.unescape(re.sub(r'<[^>]+>', '\n', page)).replace('\xa0', ' ')

def check(path):
    errors = []
    doc = yaml.safe_load(open(path, encoding='utf-8'))
    joined, bare = source_text(doc['source'])
    count = 0
    last = 0  # where the previous obligation was found in `bare`: the contract lists them in document order
    for i, ob in enumerate(doc['obligations']):
        count += 1
        where = f'{path}: #{i + 1} {ob.get("node")}'
        text = ob['text']
        if text not in joined and text not in bare:
            errors.append(f'{where}: text not in source: {text[:30]}')
        elif text in bare:
            at = bare.find(text, last)
            if at < 0:
                errors.append(f'{where}: out of document order: {text[:30]}')
            else:
                last = at
        for a in ob.get('actions', []):
            if a not in text:
                errors.append(f'{where}: action {a} not in text')
        for t in ob.get('targets', []):
            if t not in text:
                errors.append(f'{where}: target not in text: {t}')
        for d in ob.get('deadlines', []):
            if d['text'] not in joined:
                errors.append(f'{where}: deadline not in source: {d["text"]}')
            elif d['text'] not in text:
                print(f'note {where}: deadline {d["text"]} comes from outside the text')
            extra = set(d) - {'text', 'year', 'month', 'recurrence', 'within'}
            if extra or 'year' not in d or 'month' not in d:
                errors.append(f'{where}: deadline keys {sorted(d)}')
        if ob.get('modality') not in MODALITIES:
            errors.append(f'{where}: modality {ob.get("modality")}')
        if doc.get('nodes') and ob['node'] not in doc['nodes']:
            errors.append(f'{where}: node not in nodes')
    if REST:
        for ob in doc['obligations']:
            bare = bare.replace(ob['text'], '\n')
        print(f'--- rest of {doc["source"]}:')
        print('\n'.join(piece for piece in bare.split('\n') if piece.strip()))
    return count, errors

REST = '--rest' in sys.argv
args = [a for a in sys.argv[1:] if a != '--rest']
if any(a.startswith('-') for a in args):
    sys.exit('usage: python3 scripts/check-blind-gold.py [--rest] [files...]')
files = args or sorted(glob.glob(os.path.join(ROOT, 'fixtures/extract/blind/*/*.yaml')))
total = 0
bad = []
for f in files:
    n, errs = check(f)
    total += n
    bad += errs
    print(f'{n:4d} {os.path.relpath(f, ROOT)}')
print(f'{total} obligations')
for e in bad:
    print(e)
sys.exit(1 if bad else 0)
