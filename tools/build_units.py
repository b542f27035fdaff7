#!/usr/bin/env python3
"""Builds crossread's unit table and the unit forms it reads from a units database.

The database is quantulum3's units.json (names, spellings, symbols, metric prefixes, what each unit
measures, currency codes; MIT licence) with conversion factors from pint (BSD licence). Both are
fetched at development time only; nothing here runs when crossread builds or runs:

    pip download --no-deps quantulum3==0.10.0 -d /tmp/units     # the wheel holds units.json
    python3 -m venv /tmp/unitsenv && /tmp/unitsenv/bin/pip install pint==0.25.3 inflect==7.5.0
    /tmp/unitsenv/bin/python tools/build_units.py /tmp/units/quantulum3-0.10.0-py3-none-any.whl

It writes
  crates/crossread-model/data/units.txt       every unit: code, name, dimension, factor, offset
  crates/crossread-text/lexicon/unit_forms.txt every way the database writes a unit after a number
and reads tools/units/spec.tsv (the codes and names crossread fixes) and tools/units/skip.txt (units
left out). Forms the database lacks and news writes ("sq km", "years old") are kept by hand in
crates/crossread-text/lexicon/unit_forms_news.txt.
"""
import json
import os
import re
import sys
import zipfile

import inflect
import pint

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNITS_OUT = os.path.join(ROOT, "crates", "crossread-model", "data", "units.txt")
FORMS_OUT = os.path.join(ROOT, "crates", "crossread-text", "lexicon", "unit_forms.txt")

# what each kind of quantity in the database is in crossread, and the pint unit its factors are to
ENTITIES = {
    "length": ("Length", "meter"),
    "area": ("Area", "meter ** 2"),
    "volume": ("Volume", "meter ** 3"),
    "mass": ("Mass", "kilogram"),
    "time": ("Duration", "second"),
    "speed": ("Speed", "meter / second"),
    "power": ("Power", "watt"),
    "energy": ("Energy", "joule"),
    "torque": ("Torque", "newton * meter"),
    "pressure": ("Pressure", "pascal"),
    "frequency": ("Frequency", "hertz"),
    "instance frequency": ("Frequency", "hertz"),
    "data storage": ("Data", "byte"),
    "data transfer rate": ("DataRate", "byte / second"),
    "electric potential": ("Voltage", "volt"),
    "current": ("Current", "ampere"),
    "charge": ("Charge", "coulomb"),
    "temperature": ("Temperature", "kelvin"),
    "force": ("Force", "newton"),
    "angle": ("Angle", "degree"),
    "acceleration": ("Acceleration", "meter / second ** 2"),
    "volumetric flow": ("FlowRate", "meter ** 3 / second"),
    "mass flow": ("MassFlow", "kilogram / second"),
    "density": ("Density", "kilogram / meter ** 3"),
    "radioactivity": ("Radioactivity", "becquerel"),
    "radiation absorbed dose": ("Dose", "gray"),
    "capacitance": ("Capacitance", "farad"),
    "electrical resistance": ("Resistance", "ohm"),
    "luminous flux": ("LuminousFlux", "lumen"),
    "illuminance": ("Illuminance", "lux"),
    "magnetic field": ("MagneticField", "tesla"),
    "currency": ("Money", None),
    "dimensionless": ("Other", None),
    "sound level": ("Other", None),
}

# metric prefixes news writes; the database lists more (atto-, zepto-, exa-), which read as
# ordinary words far more often than as units ("5 am", "3 Em")
PREFIXES = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "P": "peta", "m": "milli", "µ": "micro",
            "n": "nano", "c": "centi"}

# kinds of quantity whose symbols news also writes in lower case ("kwh", "ghz", "mb")
CASELESS = {"Power", "Energy", "Frequency", "Data", "DataRate", "Charge"}

# units named after people: capitalised, the word is the person or a company ("Tesla", "Siemens")
EPONYMS = {"tesla", "siemens", "henry", "curie", "weber", "gauss", "newton", "joule", "pascal", "ampere",
           "volt", "farad", "ohm", "watt", "kelvin", "becquerel", "sievert", "coulomb", "hertz", "lumen"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def load_database(wheel):
    """quantulum3's units, with the language's additions and metric prefixes expanded as it does."""
    with zipfile.ZipFile(wheel) as z:
        general = json.loads(z.read("quantulum3/units.json"))
        english = json.loads(z.read("quantulum3/_lang/en_US/units.json"))
    units = {}
    for source in (general, english):
        for name, unit in source.items():
            units.setdefault(name, {}).update(unit)
    expanded = {}
    for name, unit in units.items():
        expanded.setdefault(name, {}).update(unit)
        for p in unit.get("prefixes", []):
            if p not in PREFIXES:
                continue
            full = PREFIXES[p]
            expanded.setdefault(full + name, {}).update({
                "surfaces": [full + s for s in unit.get("surfaces", [])],
                "entity": unit["entity"],
                "dimensions": [],
                "symbols": [p + s for s in unit.get("symbols", [])],
                "prefixed": (p, name),
            })
    # a symbol that is also an English function word ("in", "at", "a") is a unit only glued to its number
    path = os.path.join(ROOT, "crates", "crossread-text", "lexicon", "function_words.txt")
    words = {r[0] for r in rows(path)} | {"am", "pm", "st", "my", "den"}
    return expanded, words


class Factors:
    """Conversion factors from pint."""

    def __init__(self, db):
        self.ureg = pint.UnitRegistry()
        self.db = db
        self.cache = {}

    def expr(self, name, seen=()):
        """A pint expression for a database unit, of the dimension its kind of quantity has."""
        if name in self.cache:
            return self.cache[name]
        unit = self.db[name]
        ref = ENTITIES.get(unit.get("entity"), (None, None))[1]
        if "prefixed" in unit:
            p, base = unit["prefixed"]
            inner = self.expr(base, seen + (name,))
            out = f"{PREFIXES[p]}{inner}" if re.fullmatch(r"[a-z_]+", inner or "") else None
            if out and self.ok(out, ref):
                self.cache[name] = out
                return out
        title = [w[:1].upper() + w[1:] for w in name.split(" ")]
        for cand in [name.replace(" ", "_"), name.replace("-", "_").replace(" ", "_"),
                     "_".join(name.split(" ")[:-1] + title[-1:]),
                     *[s.replace(" ", "_").replace("-", "_") for s in unit.get("surfaces", [])],
                     *unit.get("symbols", [])]:
            if self.ok(cand, ref):
                self.cache[name] = cand
                return cand
        dims = unit.get("dimensions", [])
        if dims and name not in seen:
            parts = []
            for d in dims:
                e = self.expr(d["base"], seen + (name,)) if d["base"] in self.db else None
                if e is None:
                    break
                parts.append(f"({e}) ** {d['power']}")
            else:
                out = " * ".join(parts)
                if self.ok(out, ref):
                    self.cache[name] = out
                    return out
        self.cache[name] = None
        return None

    def ok(self, expr, ref):
        try:
            u = self.ureg.Unit(expr) if re.fullmatch(r"\w+", expr) else self.ureg.parse_expression(expr).units
            if ref and ref != "kelvin":
                self.ureg.Quantity(1, u).to(ref)
            elif ref:
                self.ureg.Quantity(0, u).to(ref)
            return True
        except Exception:
            return False

    def factor(self, expr, reference):
        """How many reference units one unit is, and the offset for temperatures."""
        if reference == "kelvin":
            zero = self.ureg.Quantity(0, expr).to("kelvin").magnitude
            hundred = self.ureg.Quantity(100, expr).to("kelvin").magnitude
            return round((hundred - zero) / 100, 12), round(zero, 12)
        q = self.ureg.Quantity(1, expr) if re.fullmatch(r"\w+", expr) else self.ureg.parse_expression(expr)
        return q.to(reference).magnitude, 0.0

    def code(self, expr):
        u = self.ureg.parse_expression(expr).units if not re.fullmatch(r"\w+", expr) else self.ureg.Unit(expr)
        s = format(u, "~").replace(" ", "").replace("**", "")
        return s.replace("*", "")


def num(x):
    x = float(f"{x:.15g}")  # pint's arithmetic leaves float dust: 0.30479999999999996 ft is 0.3048 m
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return repr(float(x))


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    db, function_words = load_database(argv[1])
    skip = {r[0] for r in rows(os.path.join(ROOT, "tools", "units", "skip.txt"))}
    spec = list(rows(os.path.join(ROOT, "tools", "units", "spec.tsv")))
    factors = Factors(db)
    table = []  # (code, name, dimension, factor, offset, database name)
    taken = set()
    for code, source, name, dim, factor, expr in spec:
        unit = db.get(source) if source != "-" else None
        if source != "-" and unit is None:
            raise SystemExit(f"spec.tsv: {source!r} is not in the database")
        name = name if name != "-" else source
        if dim == "-":
            dim = ENTITIES[unit["entity"]][0]
        offset = 0.0
        ref = next((r for d, r in ENTITIES.values() if d == dim and r), None)
        if factor == "-" and ref is None:
            factor = 1.0
        elif factor == "-":
            e = expr if expr != "-" else factors.expr(source)
            if e is None:
                raise SystemExit(f"spec.tsv: pint has no unit for {source!r}")
            factor, offset = factors.factor(e, ref)
        else:
            factor = float(factor)
        table.append((code, name, dim, factor, offset, source if source != "-" else None))
        taken.add(code)
    fixed = {t[5] for t in table if t[5]}
    for name, unit in db.items():
        if name in fixed or name in skip or unit.get("prefixed", ("", ""))[1] in skip:
            continue
        entity = unit.get("entity")
        if entity not in ENTITIES:
            continue
        dim, ref = ENTITIES[entity]
        if dim == "Money":
            continue  # currencies crossread reads are named in spec.tsv and the currency lexicons
        e = factors.expr(name)
        if ref and e is None:
            print(f"no factor for {name!r}: left out", file=sys.stderr)
            continue
        factor, offset = factors.factor(e, ref) if ref else (1.0, 0.0)
        # the database's own symbol when it is one no other unit has, else pint's, else the name
        symbols = [s for s in unit.get("symbols", []) if re.fullmatch(r"[A-Za-z0-9µ°%‰Ω/]+", s) and s not in taken]
        code = symbols[0] if symbols else factors.code(e) if e else name.replace(" ", "_")
        if code in taken or not code:
            code = name.replace(" ", "_")
        if code in taken:
            print(f"code {code!r} twice: {name!r} left out", file=sys.stderr)
            continue
        taken.add(code)
        table.append((code, name, dim, factor, offset, name))
    write_units(table)
    write_forms(table, db, function_words)
    return 0


def write_units(table):
    with open(UNITS_OUT, "w", encoding="utf-8") as f:
        f.write(
            "# units: every unit code crossread writes, with its singular English name, what it measures, and how\n"
            "# many base units of its dimension one of it is (and, for temperatures, where its zero stands in kelvin).\n"
            "# Generated by tools/build_units.py from quantulum3 0.10.0's units.json (names, dimensions; MIT)\n"
            "# with conversion factors from pint 0.25.3 (BSD), and tools/units/spec.tsv (the codes and names\n"
            "# crossread fixes, its own units: counts, ages, magnitudes; currencies the database lacks). Do not\n"
            "# edit by hand: change spec.tsv or skip.txt and run the generator.\n"
            "# Bases: Length metre, Area square metre, Volume cubic metre, Mass kilogram, Duration second, Speed\n"
            "# metre per second, Power watt, Energy joule, Data byte, DataRate byte per second, Frequency hertz,\n"
            "# Pressure pascal, Temperature kelvin, Angle degree, Age year, and the SI unit of the rest. Money is\n"
            "# never converted across currencies; Other, Magnitude, Percent and Count are compared as they are.\n"
            "# The order is fixed: the first rows are named in code (crossread_model::units), a test checks them.\n"
            "#! columns: code\tname\tdimension\tfactor\toffset\n")
        for code, name, dim, factor, offset, _ in table:
            f.write(f"{code}\t{name}\t{dim}\t{num(factor)}\t{num(offset)}\n")


def plural(p, surface):
    first = surface.split(" ")[0]
    if surface.endswith("s") or "-per-" in surface or p.singular_noun(first):
        return None
    out = p.plural(surface)
    return out if out != surface else None


def write_forms(table, db, function_words):
    p = inflect.engine()
    forms = {}  # form as keyed -> (code, glued_only, case)
    symbols_lower = {}
    for code, name, dim, *_ in table:
        src = _[2]
        if not src or dim == "Money":
            continue
        for s in db[src].get("symbols", []):
            symbols_lower.setdefault(s.lower(), set()).add(s)

    def add(form, code, glued, case):
        key = form if case == "exact" else form.lower()
        if key in forms or (case != "exact" and any(k.lower() == key for k in forms if forms[k][2] == "any")):
            return
        forms[key] = (code, glued, case)

    by_name = {t[5]: t for t in table if t[5]}

    def symbols_of(src):
        # quotation marks are feet, inches, minutes or seconds, or quotation marks: news forms decide
        return [s for s in db[src].get("symbols", []) if not re.fullmatch(r"['\"′″`´‘’“”]+", s)]

    def surfaces_of(src):
        unit = db[src]
        out = [src.lower()] + [s for s in unit.get("surfaces", [])]
        for s in list(out):
            if " " in s and "-" not in s and len(s.split(" ")) == 2:
                out.append(s.replace(" ", "-"))
        return out

    def derived(src):
        """Forms made from the units a unit is made of: "km/h", "miles an hour", "sq km", "km2"."""
        dims = db[src].get("dimensions", [])
        if not all(d["base"] in db for d in dims):
            return [], []
        if len(dims) == 1 and dims[0]["power"] in (2, 3):
            base, power = dims[0]["base"], dims[0]["power"]
            word, short = ("square", "sq") if power == 2 else ("cubic", "cu")
            mark = "²" if power == 2 else "³"
            syms = [x for s in symbols_of(base) if len(s) <= 3 and s.isalpha()
                    for x in (f"{s}{power}", f"{s}{mark}", f"{short} {s}", f"{short}. {s}", f"{short}{s}")]
            surfs = [x for s in surfaces_of(base) for x in (f"{word} {s}", f"{short} {s}")]
            return syms, surfs
        if len(dims) == 2 and dims[0]["power"] == 1 and dims[1]["power"] == -1:
            a, b = dims[0]["base"], dims[1]["base"]
            syms = [f"{x}/{y}" for x in symbols_of(a) for y in symbols_of(b) if x.isalpha() and y.isalpha()]
            surfs = []
            for x in surfaces_of(a):
                for y in surfaces_of(b)[:1]:
                    for joint in ("per", "a", "an"):
                        if joint == "per" or (joint == "an") == (y[:1] in "aeiouh" and not y.startswith("u")):
                            surfs.append(f"{x} {joint} {y}")
            return syms, surfs
        return [], []

    for code, name, dim, factor, offset, src in table:
        if dim == "Money" or dim in ("Count", "Magnitude", "Age") or code in ("share", "other", "pp", "multiple"):
            continue
        if not src:
            add(name, code, False, "lower")
            pl = plural(p, name)
            if pl:
                add(pl, code, False, "lower")
            continue
        dsyms, dsurfs = derived(src)
        surfaces = surfaces_of(src) + dsurfs
        for s in surfaces:
            # a unit's name is written in lower case; capitalised mid-sentence it names something
            # ("1899 Bar", "three Tesla cars"), unless the database writes it so ("Celsius")
            case = "any" if s != s.lower() else "lower"
            add(s, code, False, case)
            if " a " in s or " an " in s or " per " in s and len(s.split(" ")) > 3:
                continue
            pl = plural(p, s)
            if pl:
                add(pl, code, False, case)
        own = set(symbols_of(src))
        for s in symbols_of(src) + dsyms:
            letters = re.sub(r"[^A-Za-zµμ]", "", s)
            clash = len(symbols_lower.get(s.lower(), ())) > 1
            word = s.lower() in function_words
            if len(letters) <= 1 and letters == s or word:
                # "5m", "3h", "12in": a letter or a word is a unit only glued to the number
                add(s, code, True, "exact")
            elif len(s) <= 3 or clash:
                # short symbols are read as written ("MW", "mW"), and in one case throughout when
                # no other unit's symbol is written so ("KM", "km")
                add(s, code, False, "exact")
                variants = set()
                if len(s) >= 3 and s == s.lower():
                    variants.add(s.upper())  # "MPH", "PSI"
                if dim in CASELESS and s.lower() not in function_words:
                    variants.add(s.lower())  # "kwh", "mhz"
                for variant in variants - {s} if not clash else ():
                    add(variant, code, False, "exact")
            else:
                add(s, code, False, "any")
            if re.fullmatch(r"[a-z]{2,3}", s) and not word and s in own:
                # "m.p.h.", "r.p.m."
                add(".".join(s) + ".", code, False, "any")
    with open(FORMS_OUT, "w", encoding="utf-8") as f:
        f.write(
            "# unit_forms: every way the units database writes a unit after a number: names, plurals, symbols, dotted\n"
            "# abbreviations. Generated by tools/build_units.py from quantulum3's units.json (see units.txt); do\n"
            "# not edit by hand. Forms the database lacks and news writes are in unit_forms_news.txt.\n"
            "# used by: crossread-figures (scan/units.rs)\n"
            "#! map\n"
            "#! columns: form (lower case unless its case is exact)\tunit code\tonly glued to the number\tcase "
            "(any; exact: only as written; lower: not capitalised, a capital names a person or company)\n")
        for form, (code, glued, case) in forms.items():
            f.write(f"{form}\t{code}\t{'true' if glued else 'false'}\t{case}\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
