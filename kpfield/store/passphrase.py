"""Passphrase strength: a minimum that stops trivial passphrases, and a score the GUI can show as a meter."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from kpfield.errors import WeakPassphrase

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn's 0–4 scale: 3 is "safely unguessable: moderate protection from offline attacks"
_MAX_SCORED = 100  # zxcvbn is quadratic in length; beyond this a passphrase is long enough by any measure


@dataclass(frozen=True)
class Strength:
    """``score`` 0–4, whether it is ``acceptable``, and a plain-English hint (empty when fine)."""

    score: int
    acceptable: bool
    hint: str


def assess(passphrase: str) -> Strength:
    """How strong ``passphrase`` is (zxcvbn's estimate) and whether KP Field accepts it."""
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, False, f"Use at least {MIN_LENGTH} characters; several unrelated words work well.")
    result = zxcvbn(passphrase[:_MAX_SCORED])
    score = int(result["score"])
    if score >= MIN_SCORE:
        return Strength(score, True, "")
    feedback = result.get("feedback") or {}
    hint = feedback.get("warning") or " ".join(feedback.get("suggestions") or []) or (
        "This passphrase would be easy to guess; add more unrelated words."
    )
    return Strength(score, False, hint)


def require_strong(passphrase: str) -> None:
    """Raise :class:`WeakPassphrase` with the reason when ``passphrase`` is not acceptable."""
    strength = assess(passphrase)
    if not strength.acceptable:
        short = len(passphrase) < MIN_LENGTH
        raise WeakPassphrase(f"This passphrase is too weak. {strength.hint}".strip(),
                             code="weak_passphrase_short" if short else "weak_passphrase_guessable",
                             min_length=MIN_LENGTH)
