"""Passphrase strength: a minimum that stops trivial passphrases, and a score the GUI can show as a meter."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from kpfield.errors import WeakPassphrase

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn's 0–4 scale: 3 is "safely unguessable: moderate protection from offline attacks"
_MAX_SCORED = 100  # zxcvbn is quadratic in length; beyond this a passphrase is long enough by any measure


# zxcvbn's own advice (its whole catalogue, zxcvbn/feedback.py) as codes, so the GUI can say it in the user's
# language; tests/store/test_passphrase_advice.py fails when a zxcvbn release adds a text that is not here.
PASSPHRASE_ADVICE_MESSAGES: dict[str, str] = {
    "pw_word_alone": "A word by itself is easy to guess.",
    "pw_add_words": "Add another word or two. Uncommon words are better.",
    "pw_avoid_personal_dates": "Avoid dates and years that are associated with you.",
    "pw_avoid_recent_years": "Avoid recent years.",
    "pw_avoid_repeats": "Avoid repeated words and characters.",
    "pw_avoid_sequences": "Avoid sequences.",
    "pw_avoid_personal_years": "Avoid years that are associated with you.",
    "pw_capitals_little_help": "Capitalization doesn't help very much.",
    "pw_common_names": "Common names and surnames are easy to guess.",
    "pw_dates_guessable": "Dates are often easy to guess.",
    "pw_names_alone": "Names and surnames by themselves are easy to guess.",
    "pw_no_need_symbols": "No need for symbols, digits, or uppercase letters.",
    "pw_recent_years": "Recent years are easy to guess.",
    "pw_repeats_guessable": 'Repeats like "aaa" are easy to guess.',
    "pw_reversed_words": "Reversed words aren't much harder to guess.",
    "pw_sequences_guessable": 'Sequences like "abc" or "6543" are easy to guess.',
    "pw_short_keyboard_patterns": "Short keyboard patterns are easy to guess.",
    "pw_keyboard_rows": "Straight rows of keys are easy to guess.",
    "pw_top10": "This is a top-10 common password.",
    "pw_top100": "This is a top-100 common password.",
    "pw_very_common": "This is a very common password.",
    "pw_similar_common": "This is similar to a commonly used password.",
    "pw_repeats_pattern": 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
    "pw_substitutions": "Predictable substitutions like '@' instead of 'a' don't help very much.",
    "pw_all_uppercase": "All-uppercase is almost as easy to guess as all-lowercase.",
    "pw_use_few_words": "Use a few words, avoid common phrases.",
    "pw_longer_keyboard_pattern": "Use a longer keyboard pattern with more turns.",
    "pw_too_short": "Use at least {count} characters; several unrelated words work well.",
    "pw_guessable": "This passphrase would be easy to guess; add more unrelated words.",
}
_ADVICE_CODES = {text: code for code, text in PASSPHRASE_ADVICE_MESSAGES.items()}


@dataclass(frozen=True)
class Strength:
    """``score`` 0–4, whether it is ``acceptable``, and advice: a plain-English ``hint`` (empty when fine) and the
    same as codes of :data:`PASSPHRASE_ADVICE_MESSAGES` (``advice``) for a translated display."""

    score: int
    acceptable: bool
    hint: str
    advice: tuple[str, ...] = ()


def assess(passphrase: str) -> Strength:
    """How strong ``passphrase`` is (zxcvbn's estimate) and whether KP Field accepts it."""
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, False, PASSPHRASE_ADVICE_MESSAGES["pw_too_short"].format(count=MIN_LENGTH),
                        ("pw_too_short",))
    result = zxcvbn(passphrase[:_MAX_SCORED])
    score = int(result["score"])
    if score >= MIN_SCORE:
        return Strength(score, True, "")
    feedback = result.get("feedback") or {}
    texts = [t for t in [feedback.get("warning") or "", *(feedback.get("suggestions") or [])] if t]
    advice = tuple(dict.fromkeys(_ADVICE_CODES.get(t, "pw_guessable") for t in texts)) or ("pw_guessable",)
    hint = " ".join(texts) or PASSPHRASE_ADVICE_MESSAGES["pw_guessable"]
    return Strength(score, False, hint, advice)


def require_strong(passphrase: str) -> None:
    """Raise :class:`WeakPassphrase` with the reason when ``passphrase`` is not acceptable."""
    strength = assess(passphrase)
    if not strength.acceptable:
        short = len(passphrase) < MIN_LENGTH
        raise WeakPassphrase(f"This passphrase is too weak. {strength.hint}".strip(),
                             code="weak_passphrase_short" if short else "weak_passphrase_guessable",
                             min_length=MIN_LENGTH)
