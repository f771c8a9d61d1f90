#!/usr/bin/env python3
"""Samples of the ingest's writer thread (main) in a JFR recording, by area (link, track, index, store), and
the hottest linking frames. Usage: bench/jfr-writer.py RECORDING.jfr [TOP]. Java samples every 10 ms, native
(SQLite) every 20 ms with settings=profile; both count time in state, so a loaded machine inflates them."""
import sys, re, subprocess, collections
path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
areas = collections.OrderedDict([
  ('link', 'org.compendium.archive.link.'),
  ('track', 'org.compendium.track.'),
])
def area(frames):
    for name, pre in areas.items():
        if any(f.startswith(pre) for f in frames):
            return name
    if any('RecordStore' in f for f in frames): return 'store-other'
    if any('org.compendium.store.index' in f for f in frames): return 'index'
    if any(f.startswith('org.compendium.') for f in frames): return 'other-compendium'
    return 'non-compendium'
for ev in ['jdk.ExecutionSample', 'jdk.NativeMethodSample']:
    p = subprocess.Popen(['jfr', 'print', '--stack-depth', '64', '--events', ev, path], stdout=subprocess.PIPE, text=True)
    byArea = collections.Counter(); linkLeaf = collections.Counter(); linkPath = collections.Counter(); total = 0
    thread = None; frames = []; inst = False
    for line in p.stdout:
        s = line.strip()
        if s.startswith(ev + ' {'):
            thread = None; frames = []
        elif s.startswith('sampledThread'):
            thread = s.split('"')[1]
        elif s.startswith('stackTrace = ['):
            inst = True
        elif inst and s == ']':
            inst = False
        elif inst:
            frames.append(re.sub(r'\s+line:.*', '', s))
        elif s == '}' and thread is not None:
            if thread == 'main':
                total += 1
                a = area(frames); byArea[a] += 1
                if a == 'link':
                    comp = [f for f in frames if f.startswith('org.compendium.')]
                    # innermost compendium frame + the linker-level caller chain
                    chain = [f.split('(')[0].replace('org.compendium.', '') for f in comp if 'link.' in f][:3]
                    linkLeaf[(comp[0].split('(')[0].replace('org.compendium.', ''), frames[0].split('(')[0])] += 1
                    linkPath[' <- '.join(chain)] += 1
            thread = None
    print(f'== {ev}: main-thread samples {total}')
    for k, v in byArea.most_common(): print(f'  {k:20s} {v}')
    print('  -- link: innermost compendium frame / leaf')
    for k, v in linkLeaf.most_common(top): print(f'   {v:6d} {k[0]}  | {k[1]}')
    print('  -- link: link-package chain')
    for k, v in linkPath.most_common(top): print(f'   {v:6d} {k}')
