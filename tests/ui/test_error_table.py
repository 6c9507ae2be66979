"""One error table: every code the core defines has a translated message, found by walking the core itself.

Codes come from three places, all discovered here (no hand list): the ``code`` of every error class, every
``code="..."`` given where an error is raised, and every ``*_MESSAGES`` table of codes (readiness problems,
verification details, consistency hints). Each needs an entry in ui/errors.py whose French and Portuguese
translations exist and keep its placeholders, and each placeholder must be a parameter the core gives.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import kpfield
from kpfield.errors import KPFieldError
from ui import i18n
from ui.errors import MESSAGES, describe, describe_code
from ui.i18n_build import TARGETS, translations

CORE = Path(kpfield.__file__).parent
FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _error_classes() -> list[type]:
    for module in pkgutil.walk_packages(kpfield.__path__, "kpfield."):
        importlib.import_module(module.name)
    found, todo = [], [KPFieldError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def _message_tables() -> dict[str, str]:
    """Every ``*_MESSAGES`` dict of the core: code -> English template."""
    tables = {}
    for module in pkgutil.walk_packages(kpfield.__path__, "kpfield."):
        for name, value in vars(importlib.import_module(module.name)).items():
            if name.endswith("_MESSAGES") and isinstance(value, dict):
                tables.update(value)
    return tables


def _literals(node: ast.expr) -> list[str]:
    """The codes an expression can give: a string literal, or either branch of ``a if test else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _literals(node.body), _literals(node.orelse)
        return body + orelse if body and orelse else []
    return []


def _raise_sites(error_names: set[str]) -> list[tuple[str, set[str] | None, str]]:
    """``(code, keyword parameters or None when ``**`` passes more, where)`` for every error constructed in the core."""
    sites = []
    classes = {cls.__name__: cls for cls in _error_classes()}
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name not in error_names:
                continue
            where = f"{path.relative_to(CORE.parent)}:{node.lineno}"
            params = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
            code_kw = [k for k in node.keywords if k.arg == "code"]
            if not code_kw:
                sites.append((classes[name].code, params, where))
                continue
            literals = _literals(code_kw[0].value)
            assert literals, f"{where}: an error code must be written as a string literal (or a choice of literals)"
            sites.extend((code, params, where) for code in literals)
    return sites


@pytest.fixture(scope="module")
def core_codes():
    classes = _error_classes()
    class_codes = {cls.__dict__["code"] for cls in classes if "code" in cls.__dict__}
    sites = _raise_sites({cls.__name__ for cls in classes})
    return class_codes, sites, _message_tables()


def _translated(language: str) -> dict[str, list[str]]:
    return {source: forms for context, source, forms, finished in translations(language)
            if context == "errors" and finished and all(forms)}


def test_the_walk_finds_the_core_codes(core_codes):
    class_codes, sites, tables = core_codes
    assert {"wrong_passphrase", "coordinate", "nmea", "not_an_image", "invitation", "review_changed"} <= class_codes
    assert {"coordinate_swapped", "nmea_binary", "no_fix_simulator", "heic_unavailable", "invitation_expired",
            "weak_passphrase_short"} <= {code for code, _, _ in sites}
    assert {"ready_no_type", "check_chain_gap", "check_device_revoked", "hint_photo_far"} <= set(tables)
    assert len(class_codes | {c for c, _, _ in sites} | set(tables)) > 150


def test_every_core_code_has_a_translated_message_with_the_core_s_parameters(core_codes):
    class_codes, sites, tables = core_codes
    codes = class_codes | {code for code, _, _ in sites} | set(tables)
    assert sorted(code for code in codes if code not in MESSAGES) == []
    for language in TARGETS:
        done = _translated(language)
        missing = sorted(code for code in codes if MESSAGES[code] not in done)
        assert missing == [], f"{language}: no translation for {missing}"
        for code in codes:
            for form in done[MESSAGES[code]]:
                assert sorted(FIELD.findall(form)) == sorted(FIELD.findall(MESSAGES[code])), (language, code, form)
    # Every placeholder is filled by the core: by each raise site of the code, or by the code's English template.
    for code, params, where in sites:
        if params is not None:
            assert set(FIELD.findall(MESSAGES[code])) <= params, f"{where}: {code} needs {MESSAGES[code]!r}"
    for code, template in tables.items():
        given = {f for _, f, _, _ in string.Formatter().parse(template) if f} | {"reason"}
        assert set(FIELD.findall(MESSAGES[code])) <= given, code


def test_the_table_has_no_entry_for_a_code_the_core_no_longer_has(core_codes):
    class_codes, sites, tables = core_codes
    codes = class_codes | {code for code, _, _ in sites} | set(tables)
    stale = [key for key in MESSAGES if re.split(r"[/:]", key)[0] not in codes]
    assert stale == []


@pytest.fixture
def language():
    yield i18n.install
    i18n.uninstall()


def _raised(call) -> KPFieldError:
    with pytest.raises(KPFieldError) as caught:
        call()
    return caught.value


def test_core_errors_read_in_french_and_portuguese_with_their_parameters(qtbot, language):
    from kpfield.geo.coords import parse_coordinates
    from kpfield.geo.nmea_io import read_nmea
    from kpfield.model import Report

    swapped = _raised(lambda: parse_coordinates("131.4, 17.6"))
    word = _raised(lambda: parse_coordinates("lat -17.6 lon 31.4"))
    binary = _raised(lambda: read_nmea([bytes(range(256)) * 4]))
    not_ready = Report().ready_problems()
    assert describe(swapped).startswith("Latitude 131.4 is out of range")  # source texts without a catalogue
    language("fr")
    assert describe(swapped) == ("Latitude 131.4 hors limites : elle doit être comprise entre -90 et 90 (la latitude "
                                 "vient en premier : les valeurs ont-elles été inversées ?).")
    assert describe(word).startswith("« lat » n'est pas compris")  # the user's own word, as typed
    assert describe(binary).startswith("Ce n'est pas du texte NMEA")
    assert [describe_code(code) for code in not_ready] == [
        "Choisissez au moins un type d'incident.", "Indiquez quand l'incident a eu lieu (une heure approximative "
                                                   "suffit)."]
    language("pt")
    assert describe(swapped).startswith("Latitude 131.4 fora dos limites")
    assert describe_code("ready_no_type") == "Escolha pelo menos um tipo de incidente."


def test_the_server_s_error_word_is_used_only_when_it_is_a_code(qtbot, language):
    from kpfield.errors import ServerRefused

    language("fr")
    used = ServerRefused("used", status=409, error="invitation_used")
    assert describe(used, situation="enrol").startswith("Cette invitation a déjà été utilisée.")
    hostile = ServerRefused("x", status=400, error="<b>Call +1 555</b> now")
    text = describe(hostile)
    assert text == "Le serveur a refusé la demande (HTTP 400, ?)."
    assert describe(ValueError("internal detail")) == "Une erreur s'est produite : ValueError"


def test_verification_details_and_hints_read_in_french(qtbot, language):
    from kpfield.coordinator.hints import hint_items
    from kpfield.coordinator.verify import check_chains, check_device
    from ui.verification_view import check_reasons, hint_lines

    revoked = check_device({"device_id": "dev-1", "revoked_at": 1795161600})
    chain = check_chains([{"server_seq": 5, "seq": 3, "prev": "aa", "sha256": "bb"}])[5]
    report = {"location": {"lat": "-17.6", "lon": "31.4"}, "occurred": {"start": "2026-11-20T08:00:00Z"}}
    photo = {"name": "b.jpg", "capture": {"gps": {"lat": 45.4, "lon": 9.2}}}
    received = {"hint_items": hint_items(report, [photo], "2026-11-20T08:10:00Z", None)}
    assert "gap: envelope seq 2" in chain["detail"] and "was revoked on" in revoked["detail"]  # CLI: English
    language("fr")
    reasons = check_reasons({"device": revoked, "chain": chain})
    assert reasons[0].startswith("Appareil de confiance") or "l'appareil dev-1 a été révoqué le" in reasons[0]
    assert any("trou : l'enveloppe n° 2 de cet appareil n'est pas arrivée" in r for r in reasons), reasons
    hints = hint_lines(received)
    assert len(hints) == 1 and hints[0].startswith("photo b.jpg : sa position GPS est à ")
    assert " km du lieu signalé" in hints[0] and "," in hints[0].split(" est à ")[1]  # 1234,5 km: French decimals
    assert hint_lines({"hints": ["an old English hint"]}) == ["an old English hint"]  # stored before codes


@pytest.mark.parametrize("lang", ["en", *TARGETS])
def test_every_count_has_its_singular_and_plural(qtbot, language, lang):
    from PySide6.QtCore import QCoreApplication

    language(lang)
    plural = [(context, source) for context, source, forms, _ in translations("fr") if "%n" in source]
    assert len(plural) >= 8
    for context, source in plural:
        one = QCoreApplication.translate(context, source, None, 1)
        two = QCoreApplication.translate(context, source, None, 2)
        assert "(s)" not in one + two and "%n" not in one + two, (lang, source, one, two)
        assert "1" in one and "2" in two
    singular = {"en": "1 report", "fr": "1 rapport", "pt": "1 relatório"}[lang]
    assert QCoreApplication.translate("MainWindow", "%n report(s)", None, 1) == singular
    assert QCoreApplication.translate("MainWindow", "%n report(s)", None, 3) == singular.replace("1", "3") + "s"


def test_qt_s_own_dialogs_speak_french(qtbot, language):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    language("fr")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    # Qt's own catalogue leaves these two in English; KP Field's catalogue fills them in (ui/qt_texts.py).
    assert dialog.findChild(QLabel, "lookInLabel").text() == "&Voir dans :"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "Fichiers de &type :"
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "&Nom de fichier :"
    language("pt")
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "lookInLabel").text() == "&Procurar em:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "&Nome do ficheiro:"  # European Portuguese
    assert dialog.labelText(QFileDialog.DialogLabel.Reject) == "Cancelar"  # from Qt's catalogue
