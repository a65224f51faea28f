#!/usr/bin/env python3
"""Build xx/actors.tsv(.gz) and en/agents.tsv from the PETRARCH2/Phoenix TABARI dictionaries.

Source: openeventdata/petrarch2 `data/dictionaries/` (MIT, Copyright (c) 2014 Open Event Data
Alliance), a copy of which lives in ../shared/data/petrarch2/ (see its SOURCES.md). Run from the
repository root:

    python scripts/build_actors.py [PETRARCH_DIR]        # rewrite the resource files
    python scripts/build_actors.py [PETRARCH_DIR] --check  # exit 1 if they are out of date

Output is sorted and deterministic; tests/unit/test_actor_data.py rebuilds it and compares.
The actor table is written gzipped (xx/actors.tsv.gz) when it is over 3 MB as text, which it is.
Besides the dictionaries the build reads fr/ and en/ actors.tsv and demonyms.tsv and
xx/countries.tsv (see below): rebuild after editing those files.

How the TABARI format is read (PETRARCH2's read_actor_dictionary semantics):
- `NAME_WITH_UNDERSCORES_ [CODE]` starts an entry, `+NAME` lines are its synonyms, tab-indented
  `[CODE date]` lines are its codes. `[CODE >YYMMDD]` = from that day, `[CODE <YYMMDD]` = until
  that day, `[CODE d1-d2]` = between (inclusive); dates are YYMMDD (00-30 -> 20xx, else 19xx) or
  YYYYMMDD (a 10-digit typo such as 1920030320 keeps its last 8 digits). An undated code is the entry's default: here it gets one row per gap that no dated
  code of the entry covers (PETRARCH applies the default when no date restriction matches).
- A primary line with no code of its own and no code lines under it takes the codes of the next
  entry (PETRARCH behaviour; used in the files for unmarked synonyms such as LEONID_BREZHNEV_
  followed by LEONID_ILYICH_BREZHNEV). Such lines are kept as synonyms only when they share a
  word with that entry; otherwise they become an entry of their own with the same codes (the
  files also list distinct groups this way, e.g. SARAYAT_AL-QUDS above JUND_AL_AQSA).
- Same-code dated intervals that overlap or touch are merged.
- kind/country come from the CAMEO code: the first 3 letters give the country when they are an
  ISO 3166-1 alpha-3 code (CAMEO's historical or non-ISO state codes are mapped: SUN->RUS,
  DDR->DEU, YUG/SCG/FRY->SRB, CSK->CZE, TMP->TLS, KSV->XKX); a second state code after it is a
  dependency or a Soviet republic (DNKFRO, USRKGZ) and gives the country instead; the first role
  block gives the kind (ROLE_KINDS; IMGMUS... and anything with ALQ are jihadist).
- The canonical name is the entry's first name, title-cased (a leading "The" and a leading title
  such as "Secretary-General" are removed when a synonym gives the bare name; a few PETRARCH names
  are mapped to the ones eventmill uses, CANONICAL_NAMES). Entries of a state (country-level codes)
  are named as in xx/countries.tsv. Spellings of one name that normalise alike ("Ban Ki-Moon",
  "Ban Ki Moon") are unified.
- role is left empty: CAMEO codes do not say which office a person held.
- Aliases that fr/actors.tsv or en/actors.tsv define by hand, and whole entries whose canonical
  name is one of theirs (Vladimir Putin, Hamas), are left out here: the curated rows (dated roles
  up to today, the names the press uses) are the only ones for them. Keeping PETRARCH's titled
  aliases ("President Putin") with their 2014 roles would shadow the curated "Putin" in a
  longest match; the price is PETRARCH's older roles of those people (Lavrov at the UN).

What is dropped, and why (each would cause false positives in running text or is not a name):
- names containing `!` or `{` (TABARI substitution patterns, and brand names such as YAHOO!);
- names with characters that are not letters, digits or simple punctuation (e.g. "Source: ...");
- aliases that begin with "UN " ("UN Resident", "UN Mission": French "un résident", "un mission"
  would match; the UN bodies are curated in en/actors.tsv) and the everyday phrases in
  COMMON_PHRASES ("Red Line");
- aliases shorter than 3 characters once normalised (eventmill.text.norm, spaces removed):
  "UN", "US", "U.S." collide with common words in French and English; aliases with fewer than
  3 letters ("313", a unit number);
- single-word aliases that are common English or French words: spaCy's English and French stop
  word lists, the single nouns of Phoenix.agents.txt (generic agents such as "police") and the
  COMMON_WORDS list below (surnames and metonyms that are everyday words: "Bush", "Brown", ...);
- synonyms of a bare country entry (code = country only) that are not a spelling of the country
  name: PETRARCH lists cities, provinces, regions and nicknames there (ALEPPO_, BERGEN_,
  THE_GRAVEYARD_OF_EMPIRES_) so that a place counts as its state; in eventmill places are places
  (the geocoder handles them). A synonym is kept when it contains or is contained in the country
  name, when it is one word sharing its first 5 letters with a word of the name, or when
  difflib's similarity ratio to the name is at least 0.6 -- and it is not in PLACE_NAMES
  (places that pass that test: Milan, Porto, capitals, US state nicknames; dropped from every
  entry, not only from states);
- nationality adjectives as country aliases ("Syrian", "syrien"): they live in */demonyms.tsv;
- one-word aliases of people other than their surname ("Albert" for Albert II), and one-word
  aliases that several actors share, except for the actor that bears that exact name;
- dated codes whose dates cannot be read (e.g. "9008223") or whose end is before their start;
- codes `---` (TABARI's null code) and entries of Kinakuta (KNT), the fictional state of
  PETRARCH's tests.

en/agents.tsv is built from Phoenix.agents.txt: `!MINIST!`/`!PERSON!` substitution sets are
expanded to their singular forms (aliases are lemmas), `{...}` plural lists are ignored, and the
label/kind come from the agent code, refined by the head noun of the alias (AGENT_HEAD_LABELS
below) so that "protester" and "manifestant" share the label "Protesters".
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import importlib.util
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from eventmill.text import norm  # noqa: E402

RESOURCES = ROOT / "src" / "eventmill" / "resources"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
# past this size the actor table is written gzipped (the loader reads actors.tsv or actors.tsv.gz)
GZIP_OVER = 3_000_000

ACTOR_HEADER = ("alias", "name", "kind", "country", "code", "start", "end", "role")
AGENT_HEADER = ("alias", "name", "kind", "code")

# ISO 3166-1 alpha-3 (with XKX, the code in common use for Kosovo)
ISO3 = frozenset(
    """
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR
BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL
COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK
FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV
HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG
MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN
PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE
SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO
TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM XKX YEM ZAF ZMB ZWE
""".split()
)
# CAMEO state codes that are not (or no longer) ISO codes -> the ISO code of the state today
CAMEO_STATES = {
    "SUN": "RUS",
    "USR": "RUS",
    "DDR": "DEU",
    "YUG": "SRB",
    "SCG": "SRB",
    "FRY": "SRB",
    "CSK": "CZE",
    "TMP": "TLS",
    "KSV": "XKX",
    "FRN": "FRA",
    "ANT": "NLD",
    "IMY": "IMN",
}

# kind of the first CAMEO role block (after the country / IGO / NGO prefix)
ROLE_KINDS = {
    "GOV": "government",
    "LEG": "government",
    "JUD": "government",
    "SPY": "government",
    "MIL": "military",
    "COP": "police",
    "REB": "rebel",
    "INS": "rebel",
    "SEP": "rebel",
    "UAF": "militia",
    "OPP": "party",
    "PTY": "party",
    "MED": "media",
    "JRN": "media",
    "CVL": "civilians",
    "REF": "civilians",
    "PPL": "civilians",
    "BUS": "business",
    "MNC": "business",
    "ELI": "person",
    "IGO": "igo",
    "NGO": "ngo",
    "NGM": "ngo",
    "HRI": "ngo",
    "REL": "religious",
    "MUS": "religious",
    "CHR": "religious",
    "JEW": "religious",
    "HIN": "religious",
    "BUD": "religious",
    "CTH": "religious",
    "SHI": "religious",
    "SUN": "religious",
    "SIK": "religious",
    "JAN": "religious",
    "ATH": "religious",
    "OCC": "country",
    "UNR": "country",
    "UNO": "country",
    "AUT": "government",
}
# codes of entries left out: Kinakuta, the fictional state PETRARCH's test suite uses
SKIP_CODES = ("KNT",)

# Single-word aliases that are everyday English words (surnames, nicknames and metonyms found in
# the Phoenix files), given names shared by many leaders (Abdullah, Hassan) and acronyms that are
# French or English words (IRA: "il ira", LeT: "let"): matched alone in running text they would
# mostly be false positives.
COMMON_WORDS = frozenset(
    """
able above act action age agency air alliance almond amber angel april arch argent army art
baker bank banner bar bass beach bell bill bird black blade block blue board bond booth bow brand
bridge bright brown buck bull bush butcher butler cabinet call camp cape capital car card carter
castle central chamber chance chase cherry chief child church city clay clear close coal coast
cole colonel command common cook corps council count country court cox crane cross crown dance
darling date dawn day dean deal death delta diamond doctor door drum duke dust eagle early east
echo edge elder empire english faith fall farmer field fire first fish fisher fleet flower ford
forest fort fortune fox frank free freedom french friend front gain gale gap garden gate general
german glass glory gold golden good grace grand grant gray great green grey guard guide hall
hammer hand happy harbor hardy hart hawk head heart heaven hero hill holiday holy home hope horn
house hunt hunter iron island islands ivy jack james jewel joy judge just justice key king knight
lake lamb land lane law lead legion liberty light lion little long lord love low lucky major march
mark marsh mason master may mayor means mercy middle mile military mill miller minister mint moon
moore morning mount nation national navy new noble north oak ocean officer old orange order page
palace palmer paradise park parker party patriot peace pearl people pike pilot pine place planet
plant point pole police pool pope pope's porter post pound power premier president press price
pride prince prize progress queen rain range ranger read reason red reed reform regent republic
rice rich ridge ring river road rock rose round royal rule sale salt sand savage scott sea senate
senior service shaw sheriff shield ship short silver simple sky small smith snow soldier south
spring star state steel stone storm strong summer sun swift temple thunder tiger time tower trade
trust truth tucker turner union unity victory vine voice walker wall ward water wave way west
white wild will wind winter wise wolf wood woods worker world young youth
organization foundation zero olive falcon tigers avengers cornerstone machete occupied mavericks
male
abdullah albert fahd faisal faysal hassan hussein khalid mohammed muhammad ahmed ali omar
let hum ana ira rira hollande principe
""".split()
)

# Places and nicknames listed as synonyms of a state (or of its government) that the similarity
# test below lets through, and capitals: in eventmill places are places, found by the geocoder.
PLACE_NAMES = frozenset(
    norm(s)
    for s in """
Milan|Milano|Porto|Crete|Tampico|Zanzibar|Utrecht|Shiraz|Interlaken|Irbil|Erbil|Jinan|Hunan|Henan|Hainan|
Huainan|Taoyuan|Tainan|Ghazni|Nuristan|Waziristan|Balochistan|Palpa|Lhuntse|Omnogovi|Apulia|Auckland|Astana|
Belmopan|Managua|Moroni|Valletta|Valetta|Male|Tanga|Apia|Tehran|Belgrade|Brasilia|Mexicali|Algiers|Washington|
Washington D.C.|State College|Laghman|Baghlan|Bumthang|Sukhothai|Uthai Thani|Franche-Comte|Gera|East Berlin|
Chinese Wall|Italian Peninsula|Swiss Canton|Turkestan Desert|Namib Desert|Canadian Shield|Windward Coast|
Sebald Island|Nature Island|Buckeye State|Hoosier State|Centennial State|Equality State|Sunflower State|
Silver State|Mount Rushmore State|Sunshine State|Soviet of Nationalities|Dutch Inhabitants|Sheepland|Straya|
Aussieland|Americaland|Kenyaland|Belgiumland|Slovakland|Argies|Chernobyl|Donetsk|Luhansk|Donbas|Donbass|
Crimea|Sevastopol|Sebastopol|Simferopol|Odessa|Odesa|Kharkiv|Charkiv|Dnepropetrovsk|Almaty|Alma-Ata|Bishkek|
Dushanbe|Tashkent|Tbilisi|Yerevan|Baku|Minsk|Chisinau|Skopje|Podgorica|Pristina|Prishtina|Sarajevo|Zagreb|
Ljubljana|Dubrovnik|Gomel|Homel|Pinsk|Gyumri|Samarkand|Samarcand|Dresden|Asmara|Massawa|Bentiu|Gaza|
Gaza City|Gaza Strip|Gazan|Ghazzah|Rafah
""".replace("\n", "").split("|")
)

# Multiword aliases that are everyday phrases ("crossed a red line", "une action directe").
COMMON_PHRASES = frozenset(
    norm(s)
    for s in (
        "red line",
        "national front",
        "national resistance",
        "social resistance",
        "direct action",
        "action directe",
        "black star",
        "red banner",
        "red bill",
        "american front",
        "the un",
        "the eu",
    )
)

AGENT_SUBSTITUTIONS_SINGULAR = {"MINIST": ("MINISTER", "MINISTRY"), "PERSON": ("MAN", "WOMAN", "PERSON")}

# agent labels: (name, kind) for the first block of an agent code
AGENT_CODE_LABELS = {
    "GOV": ("Government", "government"),
    "LEG": ("Legislature", "government"),
    "JUD": ("Judiciary", "government"),
    "SPY": ("Intelligence services", "government"),
    "MIL": ("Military", "military"),
    "COP": ("Police", "police"),
    "REB": ("Rebels", "rebel"),
    "INS": ("Insurgents", "rebel"),
    "SEP": ("Separatists", "rebel"),
    "UAF": ("Armed groups", "militia"),
    "OPP": ("Opposition", "party"),
    "PTY": ("Political party", "party"),
    "MED": ("Media", "media"),
    "CVL": ("Civilians", "civilians"),
    "PPL": ("People", "civilians"),
    "REF": ("Refugees", "civilians"),
    "BUS": ("Business", "business"),
    "CRM": ("Criminals", "other"),
    "EDU": ("Education", "other"),
    "LAB": ("Labour", "other"),
    "AGR": ("Agriculture", "other"),
    "HLH": ("Health", "other"),
    "DEV": ("Development", "ngo"),
    "ENV": ("Environmentalists", "ngo"),
    "HRI": ("Human rights groups", "ngo"),
    "NGO": ("NGOs", "ngo"),
    "IGO": ("International organisations", "igo"),
    "IMG": ("International militant groups", "militia"),
    "ELI": ("Elites", "person"),
    "RAD": ("Radicals", "other"),
    "MUS": ("Muslims", "religious"),
    "CHR": ("Christians", "religious"),
    "JEW": ("Jews", "religious"),
    "HIN": ("Hindus", "religious"),
    "BUD": ("Buddhists", "religious"),
    "REL": ("Religious groups", "religious"),
}
# refinements by the head noun of the alias (its last word), so that English and French agents
# share the labels used in fr/agents.tsv ("protester" and "manifestant" are both Protesters)
AGENT_HEAD_LABELS = {
    "protester": ("Protesters", "protesters"),
    "demonstrator": ("Protesters", "protesters"),
    "picketer": ("Protesters", "protesters"),
    "rioter": ("Rioters", "protesters"),
    "jihadist": ("Jihadists", "jihadist"),
    "jihadi": ("Jihadists", "jihadist"),
    "islamist": ("Islamists", "jihadist"),
    "terrorist": ("Terrorists", "jihadist"),
    "militia": ("Militia", "militia"),
    "militiaman": ("Militia", "militia"),
    "militiamen": ("Militia", "militia"),
    "paramilitary": ("Paramilitaries", "militia"),
    "mercenary": ("Mercenaries", "militia"),
    "fighter": ("Fighters", "militia"),
    "combatant": ("Fighters", "militia"),
    "gunman": ("Gunmen", "militia"),
    "gunmen": ("Gunmen", "militia"),
    "assailant": ("Assailants", "other"),
    "attacker": ("Assailants", "other"),
    "insurgent": ("Insurgents", "rebel"),
    "insurgency": ("Insurgents", "rebel"),
    "guerrilla": ("Rebels", "rebel"),
    "guerilla": ("Rebels", "rebel"),
    "rebel": ("Rebels", "rebel"),
    "militant": ("Militants", "rebel"),
    "separatist": ("Separatists", "rebel"),
    "civilian": ("Civilians", "civilians"),
    "resident": ("Civilians", "civilians"),
    "villager": ("Civilians", "civilians"),
    "settler": ("Settlers", "civilians"),
    "hostage": ("Hostages", "civilians"),
    "migrant": ("Migrants", "civilians"),
    "refugee": ("Refugees", "civilians"),
    "student": ("Students", "other"),
    "teacher": ("Teachers", "other"),
    "journalist": ("Journalists", "media"),
    "reporter": ("Journalists", "media"),
    "worker": ("Workers", "other"),
    "peacekeeper": ("Peacekeepers", "military"),
    "soldier": ("Military", "military"),
    "troop": ("Military", "military"),
    "army": ("Military", "military"),
    "police": ("Police", "police"),
    "policeman": ("Police", "police"),
}
# whole phrases whose label is not their head noun's
AGENT_PHRASE_LABELS = {
    "government forces": ("Government forces", "military"),
    "government force": ("Government forces", "military"),
    "government troops": ("Government forces", "military"),
    "government troop": ("Government forces", "military"),
    "loyalist forces": ("Government forces", "military"),
    "regime forces": ("Government forces", "military"),
    "security forces": ("Security forces", "military"),
    "security force": ("Security forces", "military"),
    "national security force": ("Security forces", "military"),
    # an Islamist group is a party of Islamists, as "islamist" alone is, not the Muslims its code names
    "islamist group": ("Islamists", "jihadist"),
}

# nouns whose PETRARCH agent code is not the sense English news uses them in: an airline is "the
# carrier", a company's head its "chief executive", a legislator a "deputy", and "the bomber" is the
# attacker, read as "suicide bomber" is (aircraft are "stealth bomber", "fighter bomber"); the code of
# the news sense replaces PETRARCH's
AGENT_NEWS_SENSE = {
    "carrier": "BUS",
    "chief executive": "BUS",
    "deputy": "LEG",
    "bomber": "REB",
}

NAME_CHARS = re.compile(r"^[\w .'&/,()\-]+$")
BRACKET = re.compile(r"\[([^\]]*)\]")
TITLE_SMALL = {
    "of",
    "the",
    "and",
    "for",
    "in",
    "on",
    "at",
    "to",
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "da",
    "do",
    "dos",
    "das",
    "di",
    "del",
    "della",
    "van",
    "von",
    "der",
    "den",
    "y",
    "e",
    "et",
    "wa",
    "bin",
    "ibn",
    "bint",
    "al",
    "el",
    "ul",
    "ad",
    "ar",
    "as",
    "an",
    "ash",
    "az",
    "ud",
    "ur",
    "un",
}
ARABIC_ARTICLES = {
    "al",
    "el",
    "ad",
    "ar",
    "as",
    "ash",
    "at",
    "az",
    "ud",
    "ul",
    "ur",
    "an",
    "ed",
    "es",
    "et",
    "ez",
    "un",
    "ibn",
    "bin",
    "abu",
}
# PETRARCH names replaced by the names eventmill uses (and the fr/en tables), so that one actor
# has one canonical name across files (countries take theirs from xx/countries.tsv)
CANONICAL_NAMES = {
    "Islamic State of Iraq and the Levant": "Islamic State",
    "Jabhat al Nusra": "Jabhat al-Nusra",
}
ACRONYMS = {
    "un",
    "us",
    "eu",
    "uk",
    "au",
    "usa",
    "ussr",
    "nato",
    "unhcr",
    "unicef",
    "unesco",
    "opec",
    "icrc",
    "fbi",
    "cia",
    "nsa",
    "dea",
    "imf",
    "idf",
    "pla",
    "plo",
    "asean",
}
COUNTRY_KEEP_RATIO = 0.6
JOIN_STOP = {"the", "of", "and", "for", "al", "el", "de", "la", "le", "in", "on", "to"}


# ---------------------------------------------------------------------------------------------
# TABARI reading


def parse_date(s: str) -> date | None:
    """A TABARI date (YYMMDD or YYYYMMDD); 10-digit typos such as 1920030320 keep their last 8."""
    s = s.strip()
    if not s.isdigit():
        return None
    if len(s) == 10:
        s = s[2:]
    try:
        if len(s) == 6:
            yy = int(s[:2])
            return date(2000 + yy if yy <= 30 else 1900 + yy, int(s[2:4]), int(s[4:6]))
        if len(s) == 8:
            return date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None
    return None


def parse_code(content: str):
    """`CODE`, `CODE >d`, `CODE <d`, `CODE d1-d2` -> (code, start, end, ok)."""
    parts = content.strip().split(None, 1)
    if not parts:
        return None
    code = parts[0].strip().upper()
    if not re.fullmatch(r"[A-Z~]{3,}", code):
        return None
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if not rest:
        return code, None, None, True
    if rest[0] in "<>":
        d = parse_date(rest[1:])
        if d is None:
            return code, None, None, False
        return (code, d, None, True) if rest[0] == ">" else (code, None, d, True)
    if "-" in rest:
        a, b = rest.split("-", 1)
        da, db = parse_date(a), parse_date(b)
        if da is None or db is None or db < da:
            return code, None, None, False
        return code, da, db, True
    return code, None, None, False  # a single date without < or >: meaning unknown


def read_tabari(path: Path):
    """Yield groups as PETRARCH reads them: (names per primary line, raw code strings)."""
    group: list[list[str]] = []  # primary lines (each: [primary, synonyms...]) sharing codes
    codes: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].split(";", 1)[0].rstrip()
        if not line.strip():
            continue
        if "---STOP---" in line:
            break
        stripped = line.strip()
        if line[0] in "\t " and stripped.startswith("["):
            codes.extend(BRACKET.findall(stripped))
            continue
        if stripped.startswith("+"):
            if group:
                # a few lines hold two synonyms glued by '+'
                for name in BRACKET.sub("", stripped).split("+"):
                    if name.strip():
                        group[-1].append(name.strip())
                codes.extend(BRACKET.findall(stripped))
            continue
        # a primary line: the previous group is complete if it has codes
        if group and codes:
            yield group, codes
            group, codes = [], []
        group.append([BRACKET.sub("", stripped).strip()])
        codes.extend(BRACKET.findall(stripped))
    if group and codes:
        yield group, codes


def words(name: str) -> set[str]:
    return {w for w in norm(name.replace("_", " ")).split() if len(w) > 2 and w not in JOIN_STOP}


def split_group(group: list[list[str]]) -> list[list[str]]:
    """Cluster a group's primary lines: uncoded lines join the coded entry when they share a word."""
    clusters: list[list[list[str]]] = []
    for names in group:
        w = set().union(*(words(n) for n in names))
        for cl in clusters:
            if w & set().union(*(words(n) for ns in cl for n in ns)):
                cl.append(names)
                break
        else:
            clusters.append([names])
    return [[n for ns in cl for n in ns] for cl in clusters]


# ---------------------------------------------------------------------------------------------
# names


def title_word(w: str, first: bool) -> str:
    low = w.lower()
    if "." in w and len(w.replace(".", "")) <= 4 and w.replace(".", "").isalpha():
        return w.upper()  # U.N., U.S.A.
    if low in ACRONYMS or (not re.search(r"[aeiouy]", low) and low.isalpha() and len(low) > 1):
        return w.upper()  # UN, PKK, UNHCR-like acronyms
    if not first and low in TITLE_SMALL:
        return low
    if "-" in w:
        parts = w.split("-")
        out = []
        for i, p in enumerate(parts):
            pl = p.lower()
            if i < len(parts) - 1 and pl in ARABIC_ARTICLES and not (first and i == 0):
                out.append(pl)
            else:
                out.append(title_word(p, True) if p else p)
        return "-".join(out)
    if "'" in w:
        head, _, tail = w.partition("'")
        if len(head) <= 1 and tail:  # O'NEIL -> O'Neil, D'ARCY
            return head.upper() + "'" + tail[:1].upper() + tail[1:].lower()
        return head[:1].upper() + head[1:].lower() + "'" + tail.lower()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2].upper() + low[3:]
    return low[:1].upper() + low[1:]


def readable(raw: str) -> str:
    """`VITALIY_CHURKIN_` -> `Vitaliy Churkin`."""
    s = raw.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip(" ,")
    toks = s.split(" ")
    return " ".join(title_word(t, i == 0) for i, t in enumerate(toks) if t)


def initials_fit(acronym: str, name: str) -> bool:
    """Do the acronym's letters follow the initials of the name's words (AAIA, Aden Abyan ...)?"""
    initials = "".join(w[0] for w in norm(name).split())
    it = iter(initials)
    return all(c in it for c in norm(acronym).replace(" ", ""))


def split_parens(name: str) -> list[str]:
    """`Aden Abyan Islamic Army (AAIA)` -> the name without the parenthesis, and the acronym.

    The parenthesis is kept as an alias only when it is an acronym of the name: MilNonState also
    puts countries ("(ARGENTINA)") and nicknames there.
    """
    inner = re.findall(r"\(([^)]*)\)", name)
    bare = re.sub(r"\s*\([^)]*\)\s*", " ", name)
    bare = re.sub(r"\s+", " ", bare.replace("(", " ").replace(")", " ")).strip()
    out = [bare] if bare else []
    for i in inner:
        i = i.strip()
        if re.fullmatch(r"[A-Za-z.\-]{2,8}", i) and bare and initials_fit(i, bare):
            out.append(i.upper())
    return out


def strip_the(s: str) -> str:
    return s[4:] if s.lower().startswith("the ") and len(s) > 8 else s


# ---------------------------------------------------------------------------------------------
# CAMEO codes


def blocks(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]


def state(block: str) -> str:
    """ISO alpha-3 of a CAMEO state block, or ''."""
    return block if block in ISO3 else CAMEO_STATES.get(block, "")


def territory(bl: list[str]) -> bool:
    """`DNKFRO`, `USRKGZ`: a state code followed by another state (a dependency, a Soviet republic)."""
    return len(bl) >= 2 and bool(state(bl[0])) and bool(state(bl[1])) and bl[1] not in ROLE_KINDS


def country_of(code: str) -> str:
    bl = blocks(code)
    if not bl:
        return ""
    if territory(bl):
        return state(bl[1])
    return state(bl[0])


def kind_of(code: str) -> str:
    bl = blocks(code)
    if not bl:
        return "other"
    if "ALQ" in bl or (bl[0] == "IMG" and "MUS" in bl):
        return "jihadist"
    head, rest = bl[0], bl[1:]
    if state(head):
        if not rest or (territory(bl) and len(bl) == 2):
            return "country"
        if territory(bl):
            rest = bl[2:]
    elif head == "IGO":
        return "igo"
    elif head == "NGO":
        return "ngo"
    elif head == "MNC":
        return "business"
    elif head == "IMG":
        return "militia"
    elif head in ROLE_KINDS:
        rest = bl  # ELI, MED, HIN...: the code is a role itself
    if "REB" in rest and "MUS" in rest and "RAD" in rest:
        return "jihadist"
    for b in rest:
        if b in ROLE_KINDS:
            return ROLE_KINDS[b]
    return "other"


# ---------------------------------------------------------------------------------------------
# actors


def spacy_stop_words(lang: str) -> set[str]:
    """spaCy's stop word list for a language, read without importing spaCy's language package."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("spaCy is needed for its stop word lists: pip install spacy")
    path = Path(list(spec.submodule_search_locations)[0]) / "lang" / lang / "stop_words.py"
    mod_spec = importlib.util.spec_from_file_location(f"_stop_words_{lang}", path)
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    return set(module.STOP_WORDS)


def load_common_words(petrarch: Path) -> set[str]:
    common = {norm(w) for w in spacy_stop_words("en") | spacy_stop_words("fr")} | {norm(w) for w in COMMON_WORDS}
    for line in (petrarch / AGENT_FILE).read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0]
        m = re.match(r"^([A-Z][A-Z'\-]*)_?\s", line)
        if m and "!" not in m.group(1):
            common.add(norm(m.group(1)))
    return common


def load_demonyms() -> set[str]:
    keys = set()
    for lang in ("en", "fr"):
        f = RESOURCES / lang / "demonyms.tsv"
        if f.exists():
            for line in f.read_text(encoding="utf-8").splitlines()[1:]:
                if line and not line.startswith("#"):
                    keys.add(norm(line.split("\t", 1)[0]))
    return keys


def alias_ok(alias: str, common: set[str]) -> bool:
    if "!" in alias or "{" in alias or not NAME_CHARS.match(alias):
        return False
    key = norm(alias)
    if len(key.replace(" ", "")) < 3 or sum(c.isalpha() for c in key) < 3:
        return False
    if key.startswith("un ") or key in COMMON_PHRASES:
        return False
    if " " not in key and key in common:
        return False
    return True


def similar_to_country(alias_key: str, country_keys: list[str]) -> bool:
    for ck in country_keys:
        if alias_key in ck or ck in alias_key:
            return True
        for w in ck.split():
            # one-word spellings ("Afghanestan"); "Saint George Basseterre" is not "Saint Kitts"
            if len(w) >= 5 and " " not in alias_key and alias_key[:5] == w[:5]:
                return True
        if difflib.SequenceMatcher(None, alias_key, ck).ratio() >= COUNTRY_KEEP_RATIO:
            return True
    return False


def role_rows(codes: list[str], stats: dict):
    """Codes of an entry -> [(code, start, end)] with defaults spread over the undated gaps."""
    dated: dict[str, list[list[date | None]]] = {}
    default = None
    for raw in codes:
        parsed = parse_code(raw)
        if parsed is None:
            if raw.strip() == "---":
                stats["null code"] = stats.get("null code", 0) + 1
            continue
        code, start, end, ok = parsed
        if not ok:
            stats["unreadable or reversed dates"] = stats.get("unreadable or reversed dates", 0) + 1
            continue
        if start is None and end is None:
            default = code  # a later default replaces an earlier one
        else:
            dated.setdefault(code, []).append([start, end])
    out = []
    lo = date.min
    hi = date.max
    spans = []
    for code, ivs in dated.items():
        ivs = sorted(ivs, key=lambda iv: iv[0] or lo)
        merged: list[list[date | None]] = []
        for s, e in ivs:
            if merged:
                ps, pe = merged[-1]
                if pe is None or (s or lo) <= pe + timedelta(days=1):
                    if pe is not None and (e is None or e > pe):
                        merged[-1][1] = e
                    continue
            merged.append([s, e])
        for s, e in merged:
            out.append((code, s, e))
            spans.append((s or lo, e or hi))
    if default:
        if not spans:
            out.append((default, None, None))
        else:
            spans.sort()
            cursor = lo
            for s, e in spans:
                if s > cursor:
                    out.append((default, None if cursor == lo else cursor, s - timedelta(days=1)))
                if e == hi:
                    cursor = hi
                    break
                cursor = max(cursor, e + timedelta(days=1))
            if cursor != hi:
                out.append((default, cursor, None))
    return out


def pick_name(names: list[str]) -> str:
    """The canonical name: the first name, without a leading title a synonym shows is not needed."""
    first = strip_the(names[0])
    fw = norm(first).split()
    for other in names[1:]:
        ow = norm(other).split()
        if 2 <= len(ow) < len(fw) and fw[-len(ow) :] == ow:
            return strip_the(other)
    return first


def load_country_names() -> dict[str, str]:
    """iso3 -> the English name in xx/countries.tsv, the project's one list of country names."""
    f = RESOURCES / "xx" / "countries.tsv"
    out = {}
    if f.exists():
        lines = [ln for ln in f.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        head = lines[0].split("\t")
        for ln in lines[1:]:
            row = dict(zip(head, ln.split("\t")))
            if row.get("iso3") and row.get("name"):
                out[row["iso3"]] = row["name"]
    return out


def load_curated() -> tuple[set[str], set[str]]:
    """Normalised aliases and names of the hand-curated fr/ and en/ actor tables: those win."""
    aliases, names = set(), set()
    for lang in ("en", "fr"):
        f = RESOURCES / lang / "actors.tsv"
        if f.exists():
            for line in f.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#") and not line.startswith("alias\t"):
                    cells = line.split("\t")
                    aliases.add(norm(cells[0]))
                    names.add(norm(cells[1]))
    return aliases, names


def count(stats: dict, what: str, n: int = 1) -> None:
    stats[what] = stats.get(what, 0) + n


def read_entries(petrarch: Path, stats: dict):
    """All entries of the three actor files: (names, roles), roles = [(code, start, end)]."""
    for fname in ACTOR_FILES:
        for group, codes in read_tabari(petrarch / fname):
            roles = [r for r in role_rows(codes, stats) if not r[0].startswith(SKIP_CODES)]
            if not roles:
                count(stats, "entries without a usable code")
                continue
            for cluster in split_group(group):
                names = []
                for raw in cluster:
                    if "!" in raw or "{" in raw:
                        count(stats, "names with TABARI patterns (! or {)")
                        continue
                    names.extend(strip_the(n) for n in split_parens(readable(raw)))
                if names:
                    yield names, roles


def build_actor_rows(petrarch: Path, stats: dict) -> list[tuple[str, ...]]:
    common = load_common_words(petrarch)
    demonyms = load_demonyms()
    curated, curated_names = load_curated()
    entries = list(read_entries(petrarch, stats))
    official = load_country_names()

    # the name of each state: its first entry whose codes are all country-level
    country_names: dict[str, list[str]] = {}
    for names, roles in entries:
        if all(kind_of(c) == "country" for c, _, _ in roles):
            iso = country_of(roles[0][0])
            if iso and iso not in country_names:
                country_names[iso] = [official.get(iso, names[0])] + names[:2]

    rows: list[tuple[str, ...]] = []
    for names, roles in entries:
        country_level = any(kind_of(c) == "country" for c, _, _ in roles)
        person = not country_level and any(s or e or kind_of(c) == "person" for c, s, e in roles)
        if country_level:
            iso = next(country_of(c) for c, _, _ in roles if kind_of(c) == "country")
            cnames = country_names.get(iso) or [official.get(iso, names[0])] + names[:1]
            name = cnames[0]
            country_keys = sorted({norm(n) for n in cnames})
        else:
            name = pick_name(names)
            name = CANONICAL_NAMES.get(name, name)
            if " " not in name and len(name) <= 4 and name.isalpha():
                name = name.upper()  # DGSE, FEMA, AQAP: acronyms

        # of spellings that normalise alike ("Boutros Boutros Ghali", "Boutros Boutros-Ghali"), show
        # the one with most punctuation
        spelling: dict[str, str] = {}
        for n in [name] + names:
            k = norm(n)
            if k not in spelling or punctuation(n) > punctuation(spelling[k]):
                spelling[k] = n
        name = spelling[norm(name)]
        if not country_level and norm(name) in curated_names:
            # curated by hand: PETRARCH's titled aliases ("President Putin") with their 2014 roles
            # would shadow the curated ones ("Putin") in a longest match
            count(stats, "entries of actors curated by hand in fr/ or en/actors.tsv")
            continue
        last = norm(name).split()[-1] if norm(name) else ""
        seen = set()
        for alias in names:
            key = norm(alias)
            if key in seen:
                continue
            seen.add(key)
            alias = spelling[key]
            if not alias_ok(alias, common):
                count(stats, "aliases too short, common words or odd characters")
                continue
            if key in curated:
                count(stats, "aliases curated by hand in fr/ or en/actors.tsv")
                continue
            if country_level and key in demonyms:
                count(stats, "country aliases that are nationality adjectives")
                continue
            if key in PLACE_NAMES or (country_level and not similar_to_country(key, country_keys)):
                count(stats, "country aliases that are places or nicknames")
                continue
            if person and " " not in key and key != last:
                count(stats, "one-word aliases of people that are not their surname")
                continue
            for code, start, end in roles:
                rows.append(
                    (
                        alias,
                        name,
                        kind_of(code),
                        country_of(code),
                        code,
                        start.isoformat() if start else "",
                        end.isoformat() if end else "",
                        "",
                    )
                )
    return finish_rows(rows, stats)


def punctuation(s: str) -> int:
    return sum(not c.isalnum() and c != " " for c in s)


def finish_rows(rows: list[tuple[str, ...]], stats: dict) -> list[tuple[str, ...]]:
    """One spelling per canonical name, no ambiguous one-word alias, one row per (alias, name, start)."""
    spellings: dict[str, set[str]] = {}
    for r in rows:
        spellings.setdefault(norm(r[1]), set()).add(r[1])
    # "Ban Ki-Moon" and "Ban Ki Moon" are one person: keep the spelling with most punctuation
    best = {k: sorted(v, key=lambda n: (-punctuation(n), n))[0] for k, v in spellings.items()}
    rows = [(r[0], best[norm(r[1])]) + r[2:] for r in rows]

    names_of: dict[str, set[str]] = {}
    for r in rows:
        names_of.setdefault(norm(r[0]), set()).add(norm(r[1]))
    kept = []
    for r in rows:
        key = norm(r[0])
        if " " not in key and len(names_of[key]) > 1 and norm(r[1]) != key:
            count(stats, "rows of one-word aliases shared by several actors")
            continue
        kept.append(r)

    out: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for r in kept:
        k = (r[0], r[1], r[5])
        old = out.get(k)
        # the same alias, name and start from two entries: keep the longer-lasting role
        if (
            old is None
            or (r[6] == "" and old[6] != "")
            or (old[6] and r[6] > old[6])
            or (r[6] == old[6] and r[4] < old[4])
        ):
            out[k] = r
    return sorted(out.values(), key=lambda r: (norm(r[0]), r[0], r[1], r[5], r[6], r[4]))


# ---------------------------------------------------------------------------------------------
# agents


def agent_label(alias_key: str, code: str) -> tuple[str, str]:
    if alias_key in AGENT_PHRASE_LABELS:
        return AGENT_PHRASE_LABELS[alias_key]
    head = alias_key.split()[-1]
    if head in AGENT_HEAD_LABELS:
        return AGENT_HEAD_LABELS[head]
    bl = blocks(code)
    if "MUS" in bl and "RAD" in bl:
        return "Jihadists", "jihadist"
    for b in bl:
        if b in AGENT_CODE_LABELS:
            return AGENT_CODE_LABELS[b]
    return "Other", "other"


# generic nouns that Phoenix.agents.txt lacks but English news uses for a party, labelled as their
# French counterparts in fr/agents.tsv ("foule", "jeune", "détenu", "éleveur"); curated for eventmill
EXTRA_AGENTS = (
    ("crowd", "Civilians", "civilians", "CVL"),
    ("youth", "Youths", "civilians", "CVL"),
    ("prisoner", "Prisoners", "civilians", "CVL"),
    ("inmate", "Prisoners", "civilians", "CVL"),
    ("herder", "Herders", "civilians", "AGR"),
    ("opposition", "Opposition", "party", "OPP"),  # "accused the opposition of lying", as "l'opposition"
    # a spokesman or official of a province or a district speaks for its government, where a bare
    # "spokesman" is the media's
    ("provincial spokesman", "Government", "government", "GOV"),
    ("provincial spokeswoman", "Government", "government", "GOV"),
    ("provincial spokesperson", "Government", "government", "GOV"),
    ("provincial official", "Government", "government", "GOV"),
    ("district spokesman", "Government", "government", "GOV"),
    ("district official", "Government", "government", "GOV"),
    # victims, bystanders and recruits that wire reports name as the ones an attack hit ("killing 15 shoppers",
    # "blew himself up among police recruits", "guests sleeping on the upper floor")
    ("guest", "Civilians", "civilians", "CVL"),
    ("hotel guest", "Civilians", "civilians", "CVL"),
    ("recruit", "Military", "military", "MIL"),
    ("police recruit", "Police", "police", "COP"),
    ("army recruit", "Military", "military", "MIL"),
    ("cadet", "Military", "military", "MIL"),
    ("spectator", "Civilians", "civilians", "CVL"),
    ("schoolchild", "Civilians", "civilians", "CVL"),
    ("schoolchildren", "Civilians", "civilians", "CVL"),
    ("shopper", "Civilians", "civilians", "CVL"),
    ("commuter", "Civilians", "civilians", "CVL"),
    ("churchgoer", "Religious groups", "religious", "REL"),
    ("parishioner", "Religious groups", "religious", "REL"),
    ("congregant", "Religious groups", "religious", "REL"),
    ("partygoer", "Civilians", "civilians", "CVL"),
    ("concertgoer", "Civilians", "civilians", "CVL"),
    ("clubgoer", "Civilians", "civilians", "CVL"),
    ("beachgoer", "Civilians", "civilians", "CVL"),
    ("holidaymaker", "Civilians", "civilians", "CVL"),
    ("vacationer", "Civilians", "civilians", "CVL"),
    ("picnicker", "Civilians", "civilians", "CVL"),
    ("diner", "Civilians", "civilians", "CVL"),
    ("bystander", "Civilians", "civilians", "CVL"),
    ("passerby", "Civilians", "civilians", "CVL"),
    ("passer-by", "Civilians", "civilians", "CVL"),
    ("teenager", "Civilians", "civilians", "CVL"),
    ("toddler", "Civilians", "civilians", "CVL"),
    ("baby", "Civilians", "civilians", "CVL"),
    ("youngster", "Civilians", "civilians", "CVL"),
    ("pensioner", "Civilians", "civilians", "CVL"),
    ("neighbour", "Civilians", "civilians", "CVL"),
    ("neighbor", "Civilians", "civilians", "CVL"),
)


def build_agent_rows(petrarch: Path) -> list[tuple[str, ...]]:
    rows = {norm(alias): (alias, label, kind, code) for alias, label, kind, code in EXTRA_AGENTS}
    for raw in (petrarch / AGENT_FILE).read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("!") and "=" in line:
            continue
        m = BRACKET.search(line)
        if not m:
            continue
        code = m.group(1).strip().lstrip("~").split()[0] if m.group(1).strip() else ""
        if not re.fullmatch(r"[A-Z]{3,}", code):
            continue
        phrase = re.sub(r"\{[^}]*\}", " ", line[: m.start()]).strip()
        variants = [phrase]
        for sub, forms in AGENT_SUBSTITUTIONS_SINGULAR.items():
            token = f"!{sub}!"
            variants = (
                [v.replace(token, f, 1) for v in variants for f in forms]
                if any(token in v for v in variants)
                else variants
            )
        for v in variants:
            if "!" in v or "{" in v:
                continue
            alias = re.sub(r"\s+", " ", v.replace("_", " ")).strip().lower()
            key = norm(alias)
            if len(key.replace(" ", "")) < 3 or not NAME_CHARS.match(alias):
                continue
            code = AGENT_NEWS_SENSE.get(key, code)
            label, kind = agent_label(key, code)
            rows.setdefault(key, (alias, label, kind, code))  # the first spelling of a phrase wins
    return sorted(rows.values(), key=lambda r: (norm(r[0]), r[0], r[3]))


# ---------------------------------------------------------------------------------------------
# output

ATTRIBUTION = (
    "# Generated by scripts/build_actors.py from the PETRARCH2/Phoenix dictionaries "
    "(MIT, Copyright (c) 2014 Open Event Data Alliance; see LICENSE-PETRARCH2 in xx/). "
    "Do not edit: change the script.\n"
)


def render(header, rows) -> str:
    return ATTRIBUTION + "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)


def outputs(petrarch: Path) -> tuple[dict[Path, bytes], dict]:
    stats: dict = {}
    actors = render(ACTOR_HEADER, build_actor_rows(petrarch, stats)).encode("utf-8")
    agents = render(AGENT_HEADER, build_agent_rows(petrarch)).encode("utf-8")
    out = {RESOURCES / "en" / "agents.tsv": agents}
    if len(actors) > GZIP_OVER:
        # mtime=0 and no file name: the gzip bytes depend on the content only
        out[RESOURCES / "xx" / "actors.tsv.gz"] = gzip.compress(actors, compresslevel=9, mtime=0)
    else:
        out[RESOURCES / "xx" / "actors.tsv"] = actors
    return out, stats


def same(path: Path, data: bytes) -> bool:
    """Is the file at path what the build would write? (.gz files compare their content)"""
    if not path.exists():
        return False
    if path.suffix == ".gz":
        return gzip.decompress(path.read_bytes()) == gzip.decompress(data)
    return path.read_bytes() == data


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument(
        "petrarch",
        nargs="?",
        default=str(ROOT.parent / "shared" / "data" / "petrarch2"),
        help="folder with the Phoenix *.actors.txt and Phoenix.agents.txt files",
    )
    ap.add_argument("--check", action="store_true", help="only compare; exit 1 when out of date")
    args = ap.parse_args(argv)
    petrarch = Path(args.petrarch)
    if not (petrarch / ACTOR_FILES[0]).exists():
        print(f"no PETRARCH2 dictionaries in {petrarch}", file=sys.stderr)
        return 2
    out, stats = outputs(petrarch)
    stale = [p for p, data in out.items() if not same(p, data)]
    if args.check:
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for p, data in out.items():
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        other = p.with_name("actors.tsv") if p.name.endswith(".gz") else p.with_name(p.name + ".gz")
        if p.parent.name == "xx" and other.exists():
            other.unlink()  # keep exactly one of actors.tsv / .tsv.gz
        print(f"wrote {p.relative_to(ROOT)} ({len(data):,} bytes)")
    for k, v in sorted(stats.items()):
        print(f"dropped {v:6d} {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
