#!/usr/bin/python3
"""Judge a project's Weblate files with translate-toolkit, the library Weblate itself uses.

Usage: judge_locales.py [--values] ROOT

For every ``locales/**/*.json`` under ROOT:
  * load it with ``I18NextV4File`` (Weblate's "i18next JSON file v4" format), serialise it
    again and compare the bytes with the file: a difference means every Weblate commit
    would reformat the file;
  * report a byte order mark (translate-toolkit keeps one, but Weblate's files have none);
  * check that no key was taken for an i18next plural form: the store must hold exactly one
    unit per key, and each unit id must be the key itself.

With ``--values``, each locale report also holds ``values``: the text translate-toolkit read for
each unit id, to compare with what the writer meant.

For every ``glossary/*.tbx`` under ROOT: load it with translate-toolkit's TBX storage and list
its terms, with the ones Weblate imports as forbidden or read-only.

Prints one JSON object on stdout (see ``judge``). Exit code 0 when the judge ran, whatever it
found; 3 when translate-toolkit cannot be imported; 2 for bad usage.
"""

import io
import json
import sys
from pathlib import Path

try:
    from translate.__version__ import sver as TRANSLATE_VERSION
    from translate.storage.jsonl10n import I18NextV4File
    from translate.storage.tbx import tbxfile
except ImportError as error:  # pragma: no cover - exercised when the package is missing
    sys.stderr.write(
        "translate-toolkit is not importable by %s (%s); install Debian's package: "
        "apt-get install python3-translate translate-toolkit\n" % (sys.executable, error)
    )
    sys.exit(3)

# TBX <termNote type="administrativeStatus"> values Weblate imports with the "forbidden" flag
# (forbidden, obsolete), and TBX-Basic's deprecated forms; the same set as src/check/read-glossary.ts.
FORBIDDEN_STATUSES = {
    "forbidden",
    "obsolete",
    "deprecated",
    "deprecatedterm-admn-sts",
    "deprecatedtermadmnsts",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def first_difference(expected, actual):
    """Return the first differing line (1-based) of two texts, with both versions of it."""
    expected_lines = expected.split("\n")
    actual_lines = actual.split("\n")
    for index in range(max(len(expected_lines), len(actual_lines))):
        want = expected_lines[index] if index < len(expected_lines) else None
        got = actual_lines[index] if index < len(actual_lines) else None
        if want != got:
            return {"line": index + 1, "file": got, "weblate": want}
    return None


def read_keys(data):
    """Return the top-level keys of a JSON text in file order, duplicates included."""
    # object_pairs_hook runs innermost first, so the root object is the last call.
    collected = []

    def hook(pairs):
        collected.append([key for key, _value in pairs])
        return dict(pairs)

    json.loads(data, object_pairs_hook=hook)
    return collected[-1] if collected else []


def judge_locale(root, path, with_values=False):
    """Load one locale file as Weblate would and report what translate-toolkit makes of it."""
    relative = path.relative_to(root).as_posix()
    lang = path.relative_to(root / "locales").parts[0]
    report = {
        "file": relative,
        "lang": lang,
        "keys": 0,
        "units": 0,
        "identical": False,
        "difference": None,
        "pluralTaken": [],
        "idMismatches": [],
        "duplicateKeys": [],
        "bom": False,
        "error": None,
    }
    data = path.read_bytes()
    # translate-toolkit keeps a byte order mark it found, so the round trip alone cannot see it.
    report["bom"] = data.startswith(b"\xef\xbb\xbf")
    try:
        store = I18NextV4File()
        store.settargetlanguage(lang.replace("-", "_"))
        store.parse(data)
        keys = read_keys(data.decode("utf-8-sig"))
        out = io.BytesIO()
        store.serialize(out)
    except Exception as error:  # noqa: BLE001 - any failure to load is the finding
        report["error"] = "%s: %s" % (type(error).__name__, error)
        return report
    serialized = out.getvalue()
    report["keys"] = len(keys)
    report["units"] = len(store.units)
    report["identical"] = serialized == data
    if not report["identical"]:
        report["difference"] = first_difference(
            serialized.decode("utf-8"), data.decode("utf-8", errors="replace")
        )
    seen = set()
    report["duplicateKeys"] = sorted({key for key in keys if key in seen or seen.add(key)})
    key_set = set(keys)
    for unit in store.units:
        parts = unit.get_unitid().parts
        unit_key = parts[-1][1] if parts else ""
        unit_id = unit.getid()
        if unit.hasplural() or unit_key not in key_set or len(parts) != 1:
            taken = sorted(key for key in keys if key.startswith(unit_key + "_"))
            report["pluralTaken"].extend(taken or [unit_key])
        elif unit_id != "." + unit_key:
            report["idMismatches"].append({"key": unit_key, "id": unit_id})
    report["pluralTaken"] = sorted(set(report["pluralTaken"]))
    if with_values:
        report["values"] = {unit.getid()[1:]: str(unit.target) for unit in store.units}
    return report


def get_text(node):
    return "".join(node.itertext()).strip()


def local_name(node):
    return node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""


def judge_term(unit, source_lang):
    """Report one TBX term: its texts and the marks Weblate turns into flags.

    A term is forbidden when a langSet other than the source language (or the entry itself)
    carries a forbidden administrative status; it is read-only when the entry says that no
    translation is needed.
    """
    element = unit.xmlelement
    statuses = []
    read_only = []
    for node in element.iter():
        name = local_name(node)
        kind = node.get("type")
        if name == "termNote" and kind == "administrativeStatus":
            lang_set = next((a for a in node.iterancestors() if local_name(a) == "langSet"), None)
            lang = lang_set.get(XML_LANG) if lang_set is not None else None
            statuses.append({"lang": lang, "value": get_text(node)})
        # Weblate 5.12-5.16: <termNote type="translationNote">no</termNote>;
        # later Weblate and translate-toolkit: <descrip type="Translation needed">No</descrip>.
        if name == "termNote" and kind == "translationNote" and get_text(node).lower() == "no":
            read_only.append("termNote translationNote")
        if name == "descrip" and kind == "Translation needed" and get_text(node).lower() == "no":
            read_only.append("descrip Translation needed")
    return {
        "id": element.get("id"),
        "source": unit.source,
        "target": unit.target,
        "administrativeStatus": statuses,
        "forbidden": any(
            status["value"].lower() in FORBIDDEN_STATUSES and status["lang"] != source_lang
            for status in statuses
        ),
        "readOnly": bool(read_only),
        "readOnlyMarks": read_only,
    }


def judge_glossary(root, path):
    """Load one TBX file with translate-toolkit and list its terms."""
    report = {"file": path.relative_to(root).as_posix(), "terms": [], "forbidden": [], "readOnly": [], "error": None}
    try:
        store = tbxfile(path.read_bytes())
    except Exception as error:  # noqa: BLE001
        report["error"] = "%s: %s" % (type(error).__name__, error)
        return report
    source_lang = store.document.getroot().get(XML_LANG) or "en"
    for unit in store.units:
        term = judge_term(unit, source_lang)
        report["terms"].append(term)
        if term["forbidden"]:
            report["forbidden"].append(term["source"])
        if term["readOnly"]:
            report["readOnly"].append(term["source"])
    return report


def judge(root, with_values=False):
    """Judge every locale file and glossary under a root; ``ok`` is false when any file fails."""
    locales = [judge_locale(root, path, with_values) for path in sorted((root / "locales").glob("**/*.json"))]
    glossaries = [judge_glossary(root, path) for path in sorted((root / "glossary").glob("*.tbx"))]
    ok = all(
        item["error"] is None
        and item["identical"]
        and not item["pluralTaken"]
        and not item["idMismatches"]
        and not item["duplicateKeys"]
        and not item["bom"]
        and item["units"] == item["keys"]
        for item in locales
    ) and all(item["error"] is None for item in glossaries)
    return {
        "translateToolkit": TRANSLATE_VERSION,
        "root": str(root),
        "ok": ok,
        "locales": locales,
        "glossaries": glossaries,
    }


def main(argv):
    args = argv[1:]
    with_values = "--values" in args
    paths = [arg for arg in args if arg != "--values"]
    if len(paths) != 1:
        sys.stderr.write("usage: judge_locales.py [--values] ROOT\n")
        return 2
    root = Path(paths[0]).resolve()
    sys.stdout.write(json.dumps(judge(root, with_values), ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
