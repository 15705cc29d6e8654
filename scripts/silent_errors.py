#!/usr/bin/env python3
"""Count the silent errors of a pipeline output: fields that came out wrong or empty with no flag on them.

usage: silent_errors.py EXPECTED_DIR ACTUAL_DIR [--tools DIR] [--list]

Issue 11 ("Never silent"): every field that comes out wrong has a flag on the field, on its unit or on the
whole standard. Fields and their right values are those of ../shared/tools/compare.py (its fixed list,
standards matched by annex then title, units by number). A wrong field is *covered* when the matching
standard of ACTUAL_DIR/NAME.json carries a flag whose `field` is
  - the field's own JSON Pointer, or a pointer inside it (a flag on /duration/years/0/hours covers the
    count of years), or
  - its unit (/units/i for every field of unit i), or
  - the whole standard: "" or "/", or /source (UNREADABLE_PAGE: a page of the standard was not read).
A unit missing from the output (compare's `units[n].present` and every field of that unit) is covered by a
flag on /units (the list), or on the whole standard. A flag on /units does not cover a unit that is there.
A standard missing from the output counts all its fields as silent.

Also counts false alarms: flags the truth does not have that cover no wrong field of their standard and
point at a value equal to the truth's (fields compare.py does not score, such as description or a unit's
expectedResult, are compared here); on a standard read right, every flag the truth lacks.

Prints per document: wrong fields, silent ones, false alarms; then the totals; --list names each.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WHOLE = ("", "/", "/source")
UNIT_FIELD = re.compile(r"^units\[([^\]]*)\]\.(.+)$")
YEARS = re.compile(r"^duration\.years")
UNIT_POINTERS = {"title": "title", "minHours": "minHours", "distanceMaxHours": "distanceMaxHours",
                 "credit.recognition": "credit", "credit.priorValue": "credit",
                 "len(knowledge)": "knowledge", "len(skills)": "skills"}


def load_compare(tools):
    sys.path.insert(0, tools)
    import compare   # noqa: E402  (the shared scorer, not copied)
    return compare


def pointer(field, actual):
    """(pointer, unit missing?) of one of compare.py's field names in the actual standard."""
    m = UNIT_FIELD.match(field)
    if m:
        number, rest = m.group(1), m.group(2)
        units = actual.get("units") or []
        index = next((i for i, u in enumerate(units) if str(u.get("number")) == number), None)
        if index is None or rest == "present":
            return "/units", True
        return "/units/%d/%s" % (index, UNIT_POINTERS.get(rest, rest)), False
    if YEARS.match(field):
        return "/duration/years", False
    return "/" + field.replace(".", "/"), False


def covered(ptr, unit_missing, flags):
    for f in flags:
        at = f.get("field") or ""
        if at in WHOLE:
            return True
        if unit_missing:
            if at == "/units":
                return True
            continue
        if at == ptr or at.startswith(ptr + "/"):
            return True
        if ptr.startswith(at + "/") and at != "/units":
            return True
    return False


def resolve(std, ptr):
    cur = std
    for step in [p for p in ptr.split("/")[1:]]:
        if isinstance(cur, list):
            cur = cur[int(step)] if step.isdigit() and int(step) < len(cur) else None
        elif isinstance(cur, dict):
            cur = cur.get(step)
        else:
            return None
    return cur


def same(compare, a, b):
    if isinstance(a, dict) and isinstance(b, dict):
        return all(same(compare, a.get(k), b.get(k)) for k in set(a) | set(b) if k not in ("text",))
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(compare, x, y) for x, y in zip(a, b))
    if a in (None, [], "") and b in (None, [], ""):
        return True
    return compare.same_val(a, b)


def differs(compare, expected, actual, ptr):
    """True when the value a flag points at differs from the truth, also in fields compare.py does not score
    (description, entryRequirements, a unit's expectedResult ...): a flag there is not a false alarm."""
    if ptr in WHOLE or ptr == "/id":
        return False
    m = re.match(r"^/units/(\d+)(/.*)?$", ptr)
    if m:
        units = actual.get("units") or []
        index = int(m.group(1))
        if index >= len(units):
            return True
        number = units[index].get("number")
        twin = next((u for u in expected.get("units") or [] if u.get("number") == number), None)
        if twin is None:
            return True
        rest = m.group(2) or ""
        keys = [rest[1:]] if rest else [k for k in twin if k not in ("number", "kind")]
        return any(not same(compare, resolve(twin, "/" + k), resolve(units[index], "/" + k)) for k in keys)
    if ptr == "/units":
        return len(expected.get("units") or []) != len(actual.get("units") or [])
    return not same(compare, resolve(expected, ptr), resolve(actual, ptr))


def silent_of(compare, expected, actual):
    """(wrong fields, silent ones, false alarms): a false alarm is a flag the truth does not have whose
    field covers no wrong field of its standard (on a standard read right, every flag the truth lacks)."""
    exp, act = compare.as_list(expected), compare.as_list(actual)
    pairs, extra = compare.match_standards(exp, act)
    wrong, silent, alarms = 0, [], []
    for e, a in pairs:
        checks = compare.compare_std(e, a)["checks"]
        pointers = []
        for name, ok, ev, av in checks:
            if ok:
                continue
            wrong += 1
            if a is None:
                silent.append((e.get("title"), name, ev, av))
                continue
            ptr, missing = pointer(name, a)
            pointers.append((ptr, missing))
            if not covered(ptr, missing, a.get("flags") or []):
                silent.append((e.get("title"), name, ev, av))
        truth = compare.flagset(e)
        for f in (a or {}).get("flags") or []:
            if (f.get("code"), f.get("field")) in truth:
                continue
            if not any(covered(ptr, missing, [f]) for ptr, missing in pointers) \
                    and not differs(compare, e, a, f.get("field") or ""):
                alarms.append((e.get("title"), f.get("code"), f.get("field")))
    for a in extra:
        alarms.extend((a.get("title"), f.get("code"), f.get("field")) for f in a.get("flags") or [])
    return wrong, silent, alarms


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    tools = os.path.join(HERE, "..", "..", "shared", "tools")
    if "--tools" in argv:
        tools = argv[argv.index("--tools") + 1]
        args.remove(tools)
    if len(args) != 2:
        print(__doc__)
        return 2
    compare = load_compare(os.path.abspath(tools))
    edir, adir = args
    total_wrong = total_silent = total_alarms = 0
    for ef in sorted(glob.glob(os.path.join(edir, "*.expected.json"))):
        name = os.path.basename(ef)[: -len(".expected.json")]
        expected = json.load(open(ef, encoding="utf-8"))
        try:
            actual = json.load(open(os.path.join(adir, name + ".json"), encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            actual = []
        wrong, silent, alarms = silent_of(compare, expected, actual)
        total_wrong += wrong
        total_silent += len(silent)
        total_alarms += len(alarms)
        print("%-50s wrong %3d  silent %3d  false alarms %3d" % (name, wrong, len(silent), len(alarms)))
        if "--list" in argv:
            for title, field, ev, av in silent:
                print("    silent %s | %s: expected %s got %s" % (title, field, json.dumps(ev, ensure_ascii=False),
                                                               json.dumps(av, ensure_ascii=False)))
            for title, code, field in alarms:
                print("    false alarm %s | %s %s" % (title, code, field))
    print("TOTAL wrong fields %d, silent errors %d, false alarms %d" % (total_wrong, total_silent, total_alarms))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
