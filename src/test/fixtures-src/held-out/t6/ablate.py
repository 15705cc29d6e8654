#!/usr/bin/env python3
"""tester6: one-knob ablations of the failing documents, to say which layout choice breaks the reading.
Writes ./ablation/a6_NN_<what>.pdf + truth (same truth as the document: only the layout changes)."""
import copy, os
import gen

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ablation")
os.makedirs(OUT, exist_ok=True)
docs = {d[0][:5]: d for d in gen.DOCS}
A = [
    ("t6_01", "grid", dict(rules="grid")),
    ("t6_01", "rows-plainheader", dict(header="plain")),
    ("t6_01", "rows-norepeat", dict(repeat=False)),
    ("t6_02", "rows-wideheader", dict(rules="rows")),
    ("t6_03", "box-stdorder", dict(order=None, widths=None)),
    ("t6_03", "grid-titlefirst", dict(rules="grid")),
    ("t6_04", "none-serif", dict(font="DejaVu Sans")),
    ("t6_04", "grid-mono", dict(rules="grid")),
    ("t6_06", "rows-plainheader", dict(header="plain")),
    ("t6_06", "grid-span2", dict(rules="grid")),
    ("t6_06", "rows-span2-sans", dict(font="Liberation Sans")),
    ("t6_06", "rows-span2-nomarks", dict(marks={}, pctmarks={})),
    ("t6_12", "box-stdnumbers", dict(numfmt=None, numhead=None)),
    ("t6_12", "box-plainheader", dict(header="plain")),
    ("t6_12", "grid-span2-stdnumbers", dict(rules="grid", numfmt=None, numhead=None)),
    ("t6_07", "grid-narrowlabels", dict(rules="grid")),
    ("t6_07", "rows-widelabels", dict(labelw=32)),
    ("t6_07", "rows-narrow-top", dict(valign="top")),
    ("t6_08", "none-widelabels", dict(labelw=30)),
    ("t6_08", "grid-narrowlabels", dict(rules="grid")),
    ("t6_09", "grid-labelsleft", dict(labelright=False)),
]
for key, what, change in A:
    name, fam, data, layout, _ = docs[key]
    L = copy.deepcopy(layout)
    for k, v in change.items():
        if v is None:
            L.pop(k, None)
        else:
            L[k] = v
    gen.render("a" + key[1:] + "_" + what, fam, data, L, OUT)
