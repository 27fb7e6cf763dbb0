#!/usr/bin/env python3
"""Generates the gazetteer's country table and the country outlines once; the outputs are committed.

Sources (both offline):
  countries.tsv    Debian package iso-codes 4.15 (LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-1.json and the
                   translations /usr/share/locale/{fr,it,ar}/LC_MESSAGES/iso_3166-1.mo (read with msgunfmt), plus the
                   hand-written aliases in ALIASES below.
  outlines-110m.tsv  npm package world-atlas 2.0.2 (ISC), countries-110m.json: Natural Earth 1:110m Admin 0
                   countries (public domain), as TopoJSON.

Run:  apt-get install -y iso-codes gettext; (cd /tmp && npm pack world-atlas && tar xzf world-atlas-2.0.2.tgz)
      python3 src/tools/gazetteer/generate.py /tmp/package/countries-110m.json
"""
import json
import subprocess
import sys

OUT = "src/main/resources/org/leadline/gazetteer/"

# Names officers meet in adverts that iso-codes does not carry: short forms, other spellings, transliterations of the
# Arabic names, Turkish and Dari/Pashto speakers' words, and the names of the United Kingdom's nations.
ALIASES = {
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Angleterre", "Grande-Bretagne", "Royaume-Uni",
           "Inghilterra", "Gran Bretagna", "Regno Unito", "بريطانيا", "انجلترا", "إنجلترا", "انكلترا", "Britania",
           "Biritanya", "Ingiltere", "Ingilizstan", "Scotland", "Écosse", "Scozia"],
    "LY": ["Libye", "Libia", "Lybia", "Lybie", "Libiya", "Libya", "ليبيا", "Leebya"],
    "IT": ["Italie", "Italia", "Itali", "Italya", "إيطاليا", "ايطاليا", "Talyan"],
    "TR": ["Turkey", "Türkiye", "Turkiye", "Turquie", "Turchia", "Turkiya", "تركيا", "Torkia"],
    "GR": ["Greece", "Grèce", "Grecia", "Yunanistan", "اليونان", "يونان", "Younan", "Yunan", "Hellas"],
    "FR": ["France", "Francia", "فرنسا", "Faransa", "Fransa"],
    "ES": ["Spain", "Espagne", "Spagna", "España", "Espana", "إسبانيا", "اسبانيا", "Isbania", "Sbanya", "Ispanya"],
    "DE": ["Germany", "Allemagne", "Germania", "Deutschland", "ألمانيا", "المانيا", "Almania", "Almanya"],
    "MA": ["Morocco", "Maroc", "Marocco", "المغرب", "Maghrib", "Fas"],
    "TN": ["Tunisia", "Tunisie", "تونس", "Tunus"],
    "DZ": ["Algeria", "Algérie", "الجزائر", "Djazair", "Jazair", "Cezayir"],
    "EG": ["Egypt", "Égypte", "Egypte", "Egitto", "مصر", "Masr", "Misr", "Mısır"],
    "SY": ["Syria", "Syrie", "Siria", "سوريا", "سورية", "Souria", "Suriye"],
    "IQ": ["Iraq", "Irak", "العراق"],
    "AF": ["Afghanistan", "أفغانستان", "افغانستان"],
    "IR": ["Iran", "إيران", "ايران"],
    "PK": ["Pakistan", "باكستان"],
    "BD": ["Bangladesh", "بنغلاديش"],
    "SD": ["Sudan", "Soudan", "السودان"],
    "ER": ["Eritrea", "Érythrée", "إريتريا"],
    "NE": ["Niger", "النيجر"],
    "ML": ["Mali", "مالي"],
    "NG": ["Nigeria", "Nigéria", "نيجيريا"],
    "SN": ["Senegal", "Sénégal", "السنغال"],
    "MT": ["Malta", "Malte", "مالطا"],
    "CY": ["Cyprus", "Chypre", "Cipro", "قبرص", "Kıbrıs"],
    "BE": ["Belgium", "Belgique", "Belgio", "بلجيكا", "Belçika"],
    "NL": ["Netherlands", "Pays-Bas", "Paesi Bassi", "Holland", "Hollande", "Olanda", "هولندا", "Hollanda"],
    "AT": ["Austria", "Autriche", "النمسا", "Avusturya"],
    "CH": ["Switzerland", "Suisse", "Svizzera", "سويسرا", "İsviçre"],
    "RS": ["Serbia", "Serbie", "صربيا", "Sırbistan"],
    "BA": ["Bosnia", "Bosnie", "البوسنة", "Bosna"],
    "HR": ["Croatia", "Croatie", "Croazia", "كرواتيا", "Hırvatistan", "Hrvatska"],
    "HU": ["Hungary", "Hongrie", "Ungheria", "المجر", "Macaristan"],
    "BG": ["Bulgaria", "Bulgarie", "بلغاريا", "Bulgaristan"],
    "MK": ["North Macedonia", "Macedonia", "Macédoine", "مقدونيا"],
    "AL": ["Albania", "Albanie", "ألبانيا", "Arnavutluk"],
    "SI": ["Slovenia", "Slovénie", "سلوفينيا"],
    "LB": ["Lebanon", "Liban", "Libano", "لبنان", "Lubnan"],
    "JO": ["Jordan", "Jordanie", "Giordania", "الأردن", "الاردن", "Urdun"],
    "SE": ["Sweden", "Suède", "Svezia", "السويد", "İsveç"],
    "SA": ["Saudi Arabia", "Arabie saoudite", "السعودية"],
    "AE": ["UAE", "Emirates", "Émirats", "الإمارات", "Dubai"],
    "PS": ["Palestine", "Gaza", "فلسطين"],
    "SO": ["Somalia", "Somalie", "الصومال"],
    "ET": ["Ethiopia", "Éthiopie", "Etiopia", "إثيوبيا"],
    "TD": ["Chad", "Tchad", "Ciad", "تشاد"],
    "GN": ["Guinea", "Guinée", "غينيا"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Costa d'Avorio", "ساحل العاج"],
    "MR": ["Mauritania", "Mauritanie", "موريتانيا"],
    "US": ["USA", "America", "Amérique", "أمريكا"],
}


def msg_catalog(language):
    out = subprocess.run(["msgunfmt", f"/usr/share/locale/{language}/LC_MESSAGES/iso_3166-1.mo"],
                         capture_output=True, text=True, check=True).stdout
    catalog = {}
    msgid = None
    key = None
    for line in out.splitlines():
        if line.startswith("msgid "):
            key, msgid = "id", json.loads(line[6:])
        elif line.startswith("msgstr "):
            key = "str"
            catalog[msgid] = json.loads(line[7:])
        elif line.startswith('"'):
            if key == "id":
                msgid += json.loads(line)
            elif key == "str":
                catalog[msgid] += json.loads(line)
    return catalog


def clean(value):
    return value.replace("\t", " ").replace("|", "/").strip()


def countries():
    entries = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
    catalogs = {lang: msg_catalog(lang) for lang in ("fr", "it", "ar")}
    lines = ["# ISO 3166-1 countries: alpha-2, alpha-3, numeric, names in English, French, Italian and Arabic, aliases.",
             "# Source: Debian iso-codes 4.15.0 (LGPL-2.1-or-later), iso_3166-1.json and its fr/it/ar translations;",
             "# aliases hand-written (src/tools/gazetteer/generate.py). Generated by src/tools/gazetteer/generate.py; do not edit.",
             "# alpha2\talpha3\tnumeric\ten\tfr\tit\tar\taliases (|-separated)"]
    for entry in sorted(entries, key=lambda e: e["alpha_2"]):
        english = entry.get("common_name", entry["name"])
        names = [n for n in (entry["name"], entry.get("common_name"), entry.get("official_name")) if n]
        translated = {lang: catalogs[lang].get(english) or catalogs[lang].get(entry["name"]) or english for lang in catalogs}
        aliases = []
        for n in names:
            for lang in catalogs:
                aliases.append(catalogs[lang].get(n) or n)
            aliases.append(n)
        aliases += ALIASES.get(entry["alpha_2"], [])
        seen = {english, *translated.values()}
        unique = []
        for a in aliases:
            if a and a not in seen:
                seen.add(a)
                unique.append(clean(a))
        lines.append("\t".join([entry["alpha_2"], entry["alpha_3"], entry["numeric"], clean(english), clean(translated["fr"]),
                                clean(translated["it"]), clean(translated["ar"]), "|".join(unique)]))
    open(OUT + "countries.tsv", "w", encoding="utf-8").write("\n".join(lines) + "\n")


def outlines(topojson_path):
    topo = json.load(open(topojson_path))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        arcs.append(points)

    def ring(indexes):
        points = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            points.extend(arc if not points else arc[1:])
        compact = []
        for p in points:
            if not compact or compact[-1] != p:
                compact.append(p)
        return compact

    numeric_to_alpha2 = {e["numeric"]: e["alpha_2"] for e in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]}
    lines = ["# Country outlines, Natural Earth 1:110m Admin 0 (public domain), from the npm package world-atlas 2.0.2",
             "# (ISC, countries-110m.json, TopoJSON), decoded to lon,lat rounded to 0.01 degree.",
             "# Generated by src/tools/gazetteer/generate.py; do not edit. Features without an ISO 3166 numeric code",
             "# (N. Cyprus, Somaliland, Kosovo) are left out.",
             "# alpha2\tpolygons: '|' between polygons, ';' between a polygon's rings (outer first), ' ' between lon,lat points"]
    by_country = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        alpha2 = numeric_to_alpha2.get(geometry.get("id"))
        if not alpha2:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            rings = [ring(r) for r in polygon]
            by_country.setdefault(alpha2, []).append(";".join(" ".join(f"{x:g},{y:g}" for x, y in r) for r in rings if len(r) >= 4))
    for alpha2 in sorted(by_country):
        lines.append(alpha2 + "\t" + "|".join(p for p in by_country[alpha2] if p))
    open(OUT + "outlines-110m.tsv", "w", encoding="utf-8").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    countries()
    outlines(sys.argv[1])
