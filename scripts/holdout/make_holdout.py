"""Generates src/test/resources/search/holdout/{organizations,services}.json and relevance-judgments.tsv
from the compact sources beside this script. Deterministic (seeded random UUID v4)."""
import json, random, uuid, os
here = os.path.dirname(os.path.abspath(__file__))
for f in ("holdout_orgs.py", "holdout_services.py", "holdout_queries.py"):
    exec(open(os.path.join(here, f), encoding="utf-8").read())
out = os.path.join(here, "..", "..", "src", "test", "resources", "search", "holdout")
rng = random.Random(20261202)
def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
MUN = {"977": "Ylivieska", "208": "Kalajoki", "535": "Nivala", "009": "Alavieska", "746": "Sievi"}
ALL = "977 208 535 009 746"
terms = {t["code"]: t["id"] for t in json.load(open(os.path.join(here, "..", "..", "seed-data", "hsds", "taxonomy_terms.json"), encoding="utf-8"))}
EK = {"sector": ("94dd578f-a8b9-50cc-891d-cef4721a8c54", "Sector of the actor"),
      "municipality": ("420dd975-cd6d-5d10-ba47-64957e1d3ece", "Statistics Finland code of a municipality the actor serves"),
      "summary": ("a6f92777-8bc3-517d-bb7e-ac48f6f7e753", "One-sentence summary of the service"),
      "access": ("55b0d500-a368-54e5-8017-fa55403248b7", "How the client gets to the service: self_referral, referral or both"),
      "charge_type": ("43a615c7-b3fb-5ab3-bd5a-bc19a3afce48", "Cost type: free, chargeable or other")}
def ek(code, value):
    tid, d = EK[code]
    return {"id": uid(), "taxonomy_term_id": tid, "taxonomy_term": {"id": tid, "code": code, "name": code, "description": d, "taxonomy": "ekokartta"}, "value": value}
KWNS = uuid.UUID("6f3c3a52-7c1e-4d7e-9c55-0a6f1d2b9e15")
LANGN = {"fi": "suomi", "sv": "ruotsi", "en": "englanti", "ar": "arabia", "ru": "venäjä"}
orgs, org_ids = [], {}
for key, (name, sector, muns, desc) in ORGS.items():
    oid = uid(); org_ids[key] = oid
    dom = key.replace("_", "-") + ".example"
    orgs.append({"id": oid, "name": name, "description": desc, "email": "info@" + dom, "website": "https://" + dom,
                 "attributes": [ek("sector", sector)] + [ek("municipality", m) for m in muns.split()]})
services, sids = [], {}
for key, org, name, kw, classes, tgs, muns, langs, desc in S:
    kw = kw or KW_EXTRA.get(key, "")
    sid = uid(); sids[key] = sid
    attrs = []
    first = desc.split("\n")[0].split(". ")[0].rstrip(".") + "."
    if len(desc) > 160:
        attrs.append(ek("summary", first))
    attrs.append(ek("access", "self_referral"))
    attrs.append(ek("charge_type", "free"))
    for c in classes.split():
        attrs.append({"id": uid(), "taxonomy_term_id": terms[c]})
    for t in tgs.split():
        attrs.append({"id": uid(), "taxonomy_term_id": terms[t]})
    for k in [k for k in kw.split(";") if k]:
        tid = str(uuid.uuid5(KWNS, k.lower()))
        attrs.append({"id": uid(), "taxonomy_term_id": tid, "taxonomy_term": {"id": tid, "name": k, "description": "Asiasana", "taxonomy": "keywords", "language": "fi"}})
    services.append({"id": sid, "organization_id": org_ids[org], "name": name, "description": desc, "status": "active",
                     "service_areas": [{"id": uid(), "service_id": sid, "name": MUN[m], "uri": "http://uri.suomi.fi/codelist/jhs/kunta_1_20250101/code/" + m} for m in (muns or ALL).split()],
                     "languages": [{"id": uid(), "service_id": sid, "name": LANGN[l], "code": l} for l in langs.split()],
                     "attributes": attrs})
json.dump(orgs, open(os.path.join(out, "organizations.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(services, open(os.path.join(out, "services.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
with open(os.path.join(out, "relevance-judgments.tsv"), "w", encoding="utf-8") as f:
    f.write("# Holdout relevance set (issue 15): query, language of the query, then service id:grade over the holdout corpus\n"
            "# (3 = the right service, 2 = relevant, 1 = marginally useful; unlisted = not relevant). Judged by reading the\n"
            "# holdout services only (seed services are not graded). Do not tune on this set; see README.md here.\n")
    for q, lang, grades in Q:
        g = [x.split(":") for x in grades.split()]
        assert any(v == "3" for _, v in g), q
        f.write(q + "\t" + lang + "\t" + " ".join(sids[k] + ":" + v for k, v in g) + "\n")
nokw = sum(1 for s in services if not any(a.get("taxonomy_term", {}).get("taxonomy") == "keywords" for a in s["attributes"]))
print(len(orgs), "organizations,", len(services), "services,", nokw, "without keywords,", len(Q), "queries")
