# -*- coding: utf-8 -*-
"""Write docs/NAME.expected.json from data.py (the same data gen.py renders), never from determina's output."""
import json
import os
import re
import subprocess
import unicodedata

from data import L1B, L1, L2, C1, C2, P1, A1, LAZIO_ENTRY

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def flag(code, sev, field, msg, exp=None, act=None, page=None):
    return {"code": code, "severity": sev, "field": field, "message": msg, "expected": exp, "actual": act, "page": page}


def src(file, p0, p1, annex=None, det=None):
    return {"file": file, "sha256": None, "pageStart": p0, "pageEnd": p1, "annex": annex, "determination": det}


def fad(cell):
    m = re.search(r"\d+", cell)
    return int(m.group()) if m else None


def lazio_std(L, region="Lazio"):
    units = []
    for i, u in enumerate(L["units"], 1):
        t4, t1, uc, h, fcell, rec, text, k, s = u
        units.append({"number": i, "kind": "learning-outcome-unit", "title": t4,
                      "competenceUnit": {"title": uc, "code": None} if uc else None,
                      "minHours": h, "distanceMaxHours": fad(fcell),
                      "credit": {"recognition": rec, "priorValue": rec == "allowed-with-prior-value", "text": text},
                      "expectedResult": None, "knowledge": k, "skills": s, "evaluation": None})
    flags = []
    hs = sum(u[3] for u in L["units"])
    if hs != L["total"]:
        flags.append(flag("UNIT_HOURS_SUM_MISMATCH", "error", "/duration/totalHours",
                          f"units add up to {hs} h but the declared total is {L['total']} h", L["total"], hs))
    fs = sum(fad(u[4]) for u in L["units"])
    if fs != L["fad_total"]:
        flags.append(flag("DISTANCE_HOURS_SUM_MISMATCH", "error", "/duration/distanceLearning/maxHours",
                          f"FaD adds up to {fs} h, declared {L['fad_total']}", L["fad_total"], fs))
    for i, u in enumerate(L["units"]):
        if u[1] and re.sub(r"\W", "", u[1].lower()) != re.sub(r"\W", "", u[0].lower()):
            flags.append(flag("UNIT_TITLE_MISMATCH", "warning", f"/units/{i}/title",
                              f"section 1 names the unit '{u[1]}', section 4 '{u[0]}'", u[0], u[1]))
    if L["intern_min"] > L["intern_pct"] / 100 * (L["total"] + L["intern_min"]):
        flags.append(flag("INTERNSHIP_OVER_LIMIT", "error", "/duration/internship/minHours", "internship over limit"))
    return {
        "schemaVersion": "1.0", "id": f"{slug(region) if region else 'unknown'}:training-standard:{slug(L['title'])}",
        "kind": "training-standard", "region": region, "title": L["title"], "eqfLevel": L["eqf"], "description": None,
        "classification": {"sector": None, "ada": [], "istat": [], "ateco": [], "isced": []},
        "duration": {"totalHours": L["total"], "classroomHours": None, "labHours": None, "keyCompetenceHours": None,
                     "internship": {"minHours": L["intern_min"], "maxHours": None, "maxPercentOfTotal": L["intern_pct"],
                                    "withLabMinHours": None},
                     "distanceLearning": {"maxHours": L["fad_total"], "syncMaxPercentOfClassroom": None,
                                          "asyncMaxPercentOfClassroom": None},
                     "additionalUnitsMaxPercent": L["add_pct"], "years": []},
        "attendance": {"minPercent": L["att"], "minPercentWithApproval": L["att_appr"], "maxAbsencePercent": None},
        "credits": {"attendanceMaxPercent": L["cred_att"], "internshipMaxPercent": L["cred_int"]},
        "entryRequirements": list(LAZIO_ENTRY), "units": units, "flags": flags}


def campania_std(C):
    units = [{"number": i, "kind": "training-unit", "title": u["title"], "competenceUnit": {"title": u["uc"], "code": u["code"]},
              "minHours": u["hours"], "distanceMaxHours": None, "credit": None, "expectedResult": u["result"],
              "knowledge": u["knowledge"], "skills": u["skills"], "evaluation": None}
             for i, u in enumerate(C["units"], 1)]
    flags = []
    if C["eqf5"]:
        dur = {"totalHours": C["total"], "classroomHours": C["classroom"], "labHours": C["lab"], "keyCompetenceHours": C["kc"],
               "internship": {"minHours": C["intern"], "maxHours": None, "maxPercentOfTotal": None, "withLabMinHours": C["intern_lab"]},
               "distanceLearning": {"maxHours": None, "syncMaxPercentOfClassroom": C["sync"], "asyncMaxPercentOfClassroom": C["async_"]},
               "additionalUnitsMaxPercent": None}
        for key, ptr in (("sync", "syncMaxPercentOfClassroom"), ("async_", "asyncMaxPercentOfClassroom")):
            if not 0 <= C[key] <= 100:
                flags.append(flag("PERCENT_OUT_OF_RANGE", "warning", f"/duration/distanceLearning/{ptr}",
                                  f"percentage {C[key]} is outside 0..100", None, C[key]))
        uh = [u["hours"] for u in C["units"]]
        if all(h is not None for h in uh) and sum(uh) != C["classroom"] + C["lab"] - C["kc"]:
            flags.append(flag("UNIT_HOURS_CLASSROOM_MISMATCH", "error", "/duration/classroomHours",
                              f"units add up to {sum(uh)} h, classroom + lab - KC = {C['classroom'] + C['lab'] - C['kc']} h",
                              C["classroom"] + C["lab"] - C["kc"], sum(uh)))
        if C["classroom"] + C["lab"] + C["kc"] + C["intern"] > C["total"]:
            flags.append(flag("COMPONENT_HOURS_EXCEED_TOTAL", "error", "/duration/totalHours", "components exceed total"))
        att = {"minPercent": C["att"], "minPercentWithApproval": None, "maxAbsencePercent": C["absence"]}
    else:
        dur = {"totalHours": C["total"], "classroomHours": None, "labHours": None, "keyCompetenceHours": None,
               "internship": None, "distanceLearning": None, "additionalUnitsMaxPercent": None}
        att = {"minPercent": C["att"], "minPercentWithApproval": None, "maxAbsencePercent": None}
    dur["years"] = [{"year": y, "hours": h, "intermediateExam": x} for y, h, x in C["years"]]
    if sum(h for _, h, _ in C["years"]) != C["total"]:
        flags.append(flag("YEAR_HOURS_SUM_MISMATCH", "error", "/duration/totalHours", "years"))
    return {
        "schemaVersion": "1.0", "id": f"campania:training-standard:{slug(C['title'])}", "kind": "training-standard",
        "region": "Campania", "title": C["title"], "eqfLevel": C["eqf"], "description": C["description"],
        "classification": {"sector": {"code": C["sep"][0], "title": C["sep"][1]},
                           "ada": [{"code": c, "formerCode": None, "title": t} for c, t in C["ada"]],
                           "istat": [{"code": c, "title": t} for c, t in C["istat"]],
                           "ateco": [{"code": c, "title": t} for c, _, t in C["ateco"]],
                           "isced": [{"code": c, "title": t} for c, t in C["isced"]]},
        "duration": dur, "attendance": att, "credits": None,
        "entryRequirements": [C["entry"] + " " + __import__("gen").FILLER], "units": units, "flags": flags}


def profile_std(P, region=None):
    units = [{"number": i, "kind": "competence-unit", "title": u["title"], "competenceUnit": None, "minHours": None,
              "distanceMaxHours": None, "credit": None, "expectedResult": u["result"], "knowledge": u["knowledge"],
              "skills": u["skills"], "evaluation": {"indicators": u["ind"], "minimumPerformance": u["soglia"]}}
             for i, u in enumerate(P["units"], 1)]
    return {
        "schemaVersion": "1.0", "id": f"{slug(region) if region else 'unknown'}:professional-profile:{slug(P['title'])}",
        "kind": "professional-profile", "region": region, "title": P["title"], "eqfLevel": P["eqf"], "description": P["description"],
        "classification": {"sector": {"code": None, "title": P["sector"]},
                           "ada": [{"code": c, "formerCode": f, "title": t} for c, f, t in P["ada"]],
                           "istat": [{"code": c, "title": t} for c, t in P["istat"]],
                           "ateco": [{"code": c, "title": t} for c, t in P["ateco"]], "isced": []},
        "duration": None, "attendance": None, "credits": None, "entryRequirements": [], "units": units, "flags": []}


def atlante_std(A):
    units = [{"number": i, "kind": "competence", "title": u["title"], "competenceUnit": None, "minHours": None,
              "distanceMaxHours": None, "credit": None, "expectedResult": u["desc"], "knowledge": u["knowledge"],
              "skills": u["skills"], "evaluation": None} for i, u in enumerate(A["units"], 1)]
    return {
        "schemaVersion": "1.0", "id": f"{slug(A['region'])}:qualification-record:{slug(A['title'])}", "kind": "qualification-record",
        "region": A["region"], "title": A["title"], "eqfLevel": None, "description": None,
        "classification": {"sector": {"code": A["sector"][0], "title": A["sector"][1]},
                           "ada": [{"code": c, "formerCode": f, "title": t} for c, f, t in A["ada"]],
                           "istat": [{"code": c, "title": t} for c, t in A["istat"]],
                           "ateco": [{"code": c, "title": t} for c, t in A["ateco"]], "isced": []},
        "duration": None, "attendance": None, "credits": None, "entryRequirements": [], "units": units, "flags": []}


def pages(name):
    out = subprocess.run(["pdfinfo", os.path.join(DOCS, name + ".pdf")], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def annex_page(name, annex):
    n = pages(name)
    for p in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), os.path.join(DOCS, name + ".pdf"), "-"],
                           capture_output=True, text=True).stdout
        if re.search(rf"ALLEGATO {annex}\b", t):
            return p
    return None


DET_L = {"number": "G07731", "date": "2024-09-12", "issuer": "Regione Lazio"}
DET_L2 = {"number": "G11802", "date": "2024-12-03", "issuer": "Regione Lazio"}
DET_C = {"number": "233", "date": "2024-10-14", "issuer": "Regione Campania"}

SINGLE = {
    "qc_boxbreak_campania": lambda: campania_std(C1),
    "qc_labelright_campania": lambda: campania_std(C2),
    "qc_midtable_campania": lambda: campania_std(C1),
    "qc_split3-repeat_lazio": lambda: lazio_std(L1),
    "qc_noheader-rowrules_lazio": lambda: lazio_std(L2),
    "qc_zebra-norules_lazio": lambda: lazio_std(L1),
    "qc_watermark_lazio": lambda: lazio_std(L2),
    "qc_form-sidebyside_lazio": lambda: lazio_std(L1),
    "qc_landscape8serif_profilo": lambda: profile_std(P1),
    "qc_sans12norules_profilo": lambda: profile_std(P1),
    "qc_landscape8serif_atlante": lambda: atlante_std(A1),
    "qc_sans12_atlante": lambda: atlante_std(A1),
    "qc_vmiddle-narrowlabel_campania": lambda: campania_std(C2),
    "qc_vbottom-norules_lazio": lambda: lazio_std(L1),
    "qc_ks-sidebyside_atlante": lambda: atlante_std(A1),
    "qc_uclabel-landscape12_profilo": lambda: profile_std(P1),
    "qc_watermark_profilo": lambda: profile_std(P1),
    "qc_rowspan-uc_lazio": lambda: lazio_std(L1B),
    "qc_colrules-narrowfad-footnote_lazio": lambda: lazio_std(L2),
    "qc_watermark_campania": lambda: campania_std(C2),
    "qc_sidebyside-uf_campania": lambda: campania_std(C2),
}
MULTI = {
    "qc_det-two-lazio_lazio": (DET_L2, [("1", lambda: lazio_std(L1, "Lazio")), ("2", lambda: lazio_std(L2, "Lazio"))]),
    "qc_det-mixed_lazio": (DET_L, [("3", lambda: profile_std(P1, "Lazio")), ("4", lambda: lazio_std(L2, "Lazio"))]),
    "qc_det-campania_campania": (DET_C, [("A", lambda: campania_std(C2)), ("B", lambda: campania_std(C1))]),
}


def main():
    for name, fn in SINGLE.items():
        s = fn()
        s["source"] = src(name + ".pdf", 1, pages(name))
        json.dump([s], open(os.path.join(DOCS, name + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    for name, (det, parts) in MULTI.items():
        n = pages(name)
        starts = [annex_page(name, a) for a, _ in parts]
        arr = []
        for k, (a, fn) in enumerate(parts):
            s = fn()
            end = (starts[k + 1] - 1) if k + 1 < len(parts) else n
            s["source"] = src(name + ".pdf", starts[k], end, a, det)
            arr.append(s)
        json.dump(arr, open(os.path.join(DOCS, name + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print("expected written:", len(SINGLE) + len(MULTI))


if __name__ == "__main__":
    main()
