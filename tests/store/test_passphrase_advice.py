"""zxcvbn's advice on a weak passphrase reaches the user as codes the GUI translates, never as English only."""

from __future__ import annotations

import ast
from pathlib import Path

import zxcvbn

from kpfield.store.passphrase import PASSPHRASE_ADVICE_MESSAGES, assess


def _zxcvbn_catalogue() -> set[str]:
    """Every text zxcvbn's feedback can give, read from its own source (its texts are wrapped in gettext's _())."""
    tree = ast.parse((Path(zxcvbn.__file__).parent / "feedback.py").read_text(encoding="utf-8"))
    return {ast.literal_eval(node.args[0]) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"}


def test_every_text_zxcvbn_can_give_has_a_code():
    catalogue = _zxcvbn_catalogue()
    assert len(catalogue) >= 20  # the regex really found zxcvbn's texts
    assert catalogue <= set(PASSPHRASE_ADVICE_MESSAGES.values())


def test_weak_passphrases_carry_the_advice_as_codes():
    short = assess("short")
    assert (short.acceptable, short.advice) == (False, ("pw_too_short",))
    sequence = assess("abcdefghijk")
    assert not sequence.acceptable and "pw_sequences_guessable" in sequence.advice
    common = assess("password12345")
    assert not common.acceptable and "pw_similar_common" in common.advice
    assert all(code in PASSPHRASE_ADVICE_MESSAGES for code in sequence.advice + common.advice)


def test_a_strong_passphrase_has_no_advice():
    strong = assess("ochre lantern mango quietly seventeen")
    assert strong.acceptable and strong.advice == () and strong.hint == ""
