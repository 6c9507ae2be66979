"""Translation tooling: refresh the .ts sources from every ui/*.py file (lupdate), then build .qm files (lrelease).

Run ``python -m ui.i18n_build`` (``make translations``). ``--release-only`` skips lupdate; ``--check`` also fails
when a message has no translation or a translation does not keep its source's placeholders.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
TS_DIR = ROOT / "resources" / "translations"
CATALOG = "kpfield"
TARGETS = ("fr", "pt")  # English is the source language
#: English needs a catalogue only for its plural forms: "%n report(s)" reads "1 report" and "2 reports".
PLURAL_ONLY = ("en",)

#: %1, %n, %s, %d and {name} / {} placeholders: a translation must keep exactly the source's set.
PLACEHOLDER = re.compile(r"%(?:\d+|n|s|d|L\d+)|\{[A-Za-z_][A-Za-z0-9_]*\}|\{\}")


def placeholders(text: str) -> list[str]:
    """The placeholders in ``text``, sorted (their order may change in a translation, their set may not)."""
    return sorted(PLACEHOLDER.findall(text or ""))


def ts_path(language: str) -> Path:
    return TS_DIR / f"{CATALOG}_{language}.ts"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found: install PySide6 (it ships the Qt Linguist tools).")
    return found


def sources() -> list[Path]:
    return sorted(p for p in UI_DIR.glob("*.py") if p.name != "i18n_build.py")


def update() -> None:
    """Refresh every .ts file with the strings found in ui/*.py (translations already made are kept)."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in TARGETS + PLURAL_ONLY:
        plural_only = ["-pluralonly"] if language in PLURAL_ONLY else []
        subprocess.run([_tool("pyside6-lupdate"), *files, "-locations", "none", "-no-obsolete", *plural_only,
                        "-target-language", language, "-ts", str(ts_path(language).relative_to(ROOT))],
                       cwd=ROOT, check=True)


def release() -> list[Path]:
    """Build resources/translations/kpfield_<lang>.qm from each .ts file."""
    built = []
    for language in TARGETS + PLURAL_ONLY:
        ts = ts_path(language)
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
        built.append(qm)
    return built


def translations(language: str):
    """``(context, source, forms, finished)`` for every message of a .ts file; ``forms`` has one entry, or one per
    plural form for ``%n`` messages."""
    tree = ET.parse(ts_path(language))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = translation.findall("numerusform")
            forms = [n.text or "" for n in numerus] if numerus else [translation.text or ""]
            yield name, message.findtext("source") or "", forms, translation.get("type") not in (
                "unfinished", "vanished", "obsolete")


def messages(language: str):
    """``(context, source, translation, finished)`` for every message (the first plural form for ``%n``)."""
    for context, source, forms, finished in translations(language):
        yield context, source, forms[0], finished


def problems(language: str) -> list[str]:
    """Untranslated messages and translations whose placeholders differ from the source."""
    found = []
    for context, source, forms, finished in translations(language):
        if not finished or not all(forms):
            found.append(f"{language}: untranslated in {context}: {source!r}")
        elif any(placeholders(source) != placeholders(form) for form in forms):
            found.append(f"{language}: placeholders differ in {context}: {source!r} -> {forms!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.i18n_build", description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true", help="build .qm files without running lupdate")
    parser.add_argument("--check", action="store_true", help="fail on untranslated messages or bad placeholders")
    args = parser.parse_args(argv)
    if not args.release_only:
        update()
    for qm in release():
        print(f"built {qm.relative_to(ROOT)}")
    if args.check:
        issues = [p for language in TARGETS + PLURAL_ONLY for p in problems(language)]
        for issue in issues:
            print(issue, file=sys.stderr)
        return 1 if issues else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
