import json, subprocess, sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import *
for name, fam, d, style, font, fs, size, b in DOCS:
    pdf = 'docs/%s.pdf' % name
    pages = int([l for l in subprocess.check_output(['pdfinfo', pdf]).decode().splitlines() if l.startswith('Pages:')][0].split()[1])
    e = (lazio_expected if fam == 'lazio' else camp_expected)(d, name + '.pdf', pages)
    json.dump([e], open('docs/%s.expected.json' % name, 'w'), ensure_ascii=False, indent=2)
print('ok')
