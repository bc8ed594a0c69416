#!/usr/bin/env python3
"""Generates src/test/resources/search/holdout2/{organizations,services}.json and relevance-judgments.tsv
(the second blind holdout set) from the compact sources beside this script.

Deterministic: every id is a UUID v5 of a fixed namespace and a name made of the entry's key, so a rerun
gives byte-identical files. Stand-alone Python 3, no dependencies; run from anywhere:
    python3 scripts/holdout2/make_holdout2.py
"""
import json
import os
import sys
import uuid

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from holdout2_orgs import ORGS          # noqa: E402
from holdout2_services import S         # noqa: E402
from holdout2_queries import Q          # noqa: E402

root = os.path.join(here, "..", "..")
out = os.path.join(root, "src", "test", "resources", "search", "holdout2")
os.makedirs(out, exist_ok=True)

NS = uuid.UUID("3d1f6a0e-5b7c-4e29-8a41-2c9e7d0b6f52")       # holdout2 entries
KWNS = uuid.UUID("b8e2c4d6-0a1f-4c3e-9d5b-7f6a8e1c2d40")     # holdout2 keyword terms (by exact name)


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


MUN = {"977": "Ylivieska", "208": "Kalajoki", "535": "Nivala", "009": "Alavieska", "746": "Sievi"}
LANGN = {"fi": "suomi", "sv": "ruotsi", "en": "englanti", "ar": "arabia", "ru": "venäjä", "uk": "ukraina"}
terms = {t["code"]: t["id"] for t in json.load(open(os.path.join(root, "seed-data", "hsds", "taxonomy_terms.json"), encoding="utf-8"))}
EK = {"sector": ("94dd578f-a8b9-50cc-891d-cef4721a8c54", "Sector of the actor"),
      "municipality": ("420dd975-cd6d-5d10-ba47-64957e1d3ece", "Statistics Finland code of a municipality the actor serves"),
      "summary": ("a6f92777-8bc3-517d-bb7e-ac48f6f7e753", "One-sentence summary of the service"),
      "access": ("55b0d500-a368-54e5-8017-fa55403248b7", "How the client gets to the service: self_referral, referral or both"),
      "charge_type": ("43a615c7-b3fb-5ab3-bd5a-bc19a3afce48", "Cost type: free, chargeable or other"),
      "referral_instructions": ("1df19736-703a-575b-889c-347ac5ab67f8", "Staff-only instructions on how a counsellor refers a client"),
      "valid_from": ("dde19b0b-ae23-59d4-831f-06426bc6fb81", "First day the service is available (ISO date)"),
      "valid_to": ("ce95e416-989f-53fa-98bf-4819813bf6a0", "Last day the service is available (ISO date)")}


def ek(owner, code, value):
    tid, d = EK[code]
    return {"id": uid(owner, "ek", code, value), "taxonomy_term_id": tid,
            "taxonomy_term": {"id": tid, "code": code, "name": code, "description": d, "taxonomy": "ekokartta"},
            "value": value}


def domain(key):
    return key.replace("_", "-") + ".example.fi"


orgs, org_ids, org_muns = [], {}, {}
for key, (name, sector, muns, desc, parent) in ORGS.items():
    oid = uid("organization", key)
    org_ids[key] = oid
    org_muns[key] = muns
    o = {"id": oid, "name": name, "description": desc, "email": "info@" + domain(key), "website": "https://" + domain(key)}
    if parent:
        o["parent_organization_id"] = parent
    o["attributes"] = [ek(oid, "sector", sector)] + [ek(oid, "municipality", m) for m in muns.split()]
    orgs.append(o)

services, sids = [], {}
for n, (key, org, name, kw, classes, tgs, muns, langs, desc, *rest) in enumerate(S):
    opts = rest[0] if rest else {}
    assert key not in sids, key
    sid = uid("service", key)
    sids[key] = sid
    attrs = []
    if "summary" in opts:
        attrs.append(ek(sid, "summary", opts["summary"]))
    attrs.append(ek(sid, "access", opts.get("access", "self_referral")))
    attrs.append(ek(sid, "charge_type", opts.get("charge", "free")))
    if opts.get("access") in ("referral", "both"):
        attrs.append(ek(sid, "referral_instructions", "Sovi asiakkaan kanssa yhteydenotosta ja lähetä yhteydenottopyyntö "
                        "palveluntuottajan suojatulla lomakkeella asiakkaan suostumuksella."))
    if "valid_to" in opts:
        attrs.append(ek(sid, "valid_from", "2025-03-01"))
        attrs.append(ek(sid, "valid_to", opts["valid_to"]))
    for c in classes.split() + tgs.split():
        attrs.append({"id": uid(sid, "term", c), "taxonomy_term_id": terms[c]})
    for k in [k.strip() for k in kw.split(";") if k.strip()]:
        tid = str(uuid.uuid5(KWNS, k))
        attrs.append({"id": uid(sid, "kw", k), "taxonomy_term_id": tid,
                      "taxonomy_term": {"id": tid, "name": k, "description": "Asiasana", "taxonomy": "keywords", "language": "fi"}})
    s = {"id": sid, "organization_id": org_ids[org], "name": name, "description": desc}
    if n % 3 == 0:
        s["url"] = "https://" + domain(org) + "/palvelut/" + key.replace("_", "-")
    if n % 4 == 1:
        s["email"] = "palvelut@" + domain(org)
    s["status"] = "active"
    if "app" in opts:
        s["application_process"] = opts["app"]
    if "fees" in opts:
        s["fees_description"] = opts["fees"]
    if "min_age" in opts:
        s["minimum_age"] = opts["min_age"]
    if "max_age" in opts:
        s["maximum_age"] = opts["max_age"]
    s["assured_date"] = "2026-%02d-%02d" % (9 + n % 3, 1 + n % 28)
    if n % 5 == 2:
        s["phones"] = [{"id": uid(sid, "phone"), "service_id": sid, "number": "+358 40 000 %04d" % n, "type": "voice"}]
    if "funding" in opts:
        s["funding"] = [{"id": uid(sid, "funding"), "service_id": sid, "source": opts["funding"]}]
    s["service_areas"] = [{"id": uid(sid, "area", m), "service_id": sid, "name": MUN[m],
                           "uri": "http://uri.suomi.fi/codelist/jhs/kunta_1_20250101/code/" + m}
                          for m in (opts.get("municipalities") or muns or org_muns[org]).split()]
    s["languages"] = [{"id": uid(sid, "lang", l), "service_id": sid, "name": LANGN[l], "code": l} for l in langs.split()]
    s["attributes"] = attrs
    services.append(s)

with open(os.path.join(out, "organizations.json"), "w", encoding="utf-8") as f:
    json.dump(orgs, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(out, "services.json"), "w", encoding="utf-8") as f:
    json.dump(services, f, ensure_ascii=False, indent=1)
    f.write("\n")

seen = set()
with open(os.path.join(out, "relevance-judgments.tsv"), "w", encoding="utf-8") as f:
    f.write("# Holdout2 relevance set (blind): query, language of the query, then service id:grade over the holdout2 corpus\n"
            "# (3 = the right service, 2 = relevant, 1 = marginally useful; unlisted = not relevant). Judged by reading the\n"
            "# holdout2 services only (seed and first-holdout services are not graded). Do not tune on this set; see README.md.\n")
    for q, lang, grades in Q:
        assert (q, lang) not in seen, q
        seen.add((q, lang))
        g = [x.split(":") for x in grades.split()]
        keys = [k for k, _ in g]
        assert len(keys) == len(set(keys)), q
        assert all(v in ("1", "2", "3") for _, v in g), q
        assert any(v == "3" for _, v in g), q
        f.write(q + "\t" + lang + "\t" + " ".join(sids[k] + ":" + v for k, v in g) + "\n")

nokw = sum(1 for s in services if not any(a.get("taxonomy_term", {}).get("taxonomy") == "keywords" for a in s["attributes"]))
langs = {}
for _, lang, _ in Q:
    langs[lang] = langs.get(lang, 0) + 1
print(len(orgs), "organizations,", len(services), "services,", nokw, "without keywords,", len(Q), "queries", langs)
