"""Device identities, fingerprints, domain-separated signatures, and canonical JSON (what gets signed)."""

from __future__ import annotations

import json
import math
import re

import nacl.public
import nacl.signing
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpfield.errors import CanonicalJSONError, IdentityError, SignatureInvalid
from kpfield.sync.canonical import MAX_SAFE_INTEGER, canonical_json, parse_canonical
from kpfield.sync.identity import (DOMAIN_MANIFEST, DeviceKeys, PublicIdentity, b64url, check_domain,
                                   derive_device_id, verify)

SEED_SIGN = bytes(range(32))
SEED_BOX = bytes(range(32, 64))


def fixed_keys() -> DeviceKeys:
    return DeviceKeys(nacl.signing.SigningKey(SEED_SIGN), nacl.public.PrivateKey(SEED_BOX))


# --- keys --------------------------------------------------------------------------------------------------
def test_device_keys_round_trip_through_versioned_bytes():
    keys = DeviceKeys.generate()
    data = keys.to_bytes()
    assert len(data) == 69 and data[:5] == b"KPDK\x01"
    again = DeviceKeys.from_bytes(data)
    assert again.public == keys.public
    signature = again.sign(DOMAIN_MANIFEST, b"hello")
    keys.public.verify(DOMAIN_MANIFEST, b"hello", signature)


@pytest.mark.parametrize("data, words", [
    (b"", "not KP Field device keys"),
    (b"XXXX\x01" + bytes(64), "not KP Field device keys"),
    (b"KPDK\x09" + bytes(64), "version 9"),
    (b"KPDK\x01" + bytes(63), "damaged"),
    (b"KPDK\x01" + bytes(65), "damaged"),
])
def test_device_keys_from_bad_bytes_is_a_clear_error(data, words):
    with pytest.raises(IdentityError, match=words):
        DeviceKeys.from_bytes(data)


def test_repr_never_shows_key_material():
    keys = fixed_keys()
    text = repr(keys)
    assert keys.device_id in text
    assert SEED_SIGN.hex() not in text and b64url(SEED_SIGN) not in text


def test_public_identity_dict_round_trip_and_strictness():
    public = DeviceKeys.generate().public
    data = public.to_dict()
    assert data["v"] == 1 and "=" not in data["sign_key"]
    assert PublicIdentity.from_dict(json.loads(json.dumps(data))) == public
    with pytest.raises(IdentityError):
        PublicIdentity.from_dict({**data, "extra": 1})
    with pytest.raises(IdentityError, match="version"):
        PublicIdentity.from_dict({**data, "v": 2})
    with pytest.raises(IdentityError):
        PublicIdentity.from_dict({**data, "sign_key": data["sign_key"] + "="})
    with pytest.raises(IdentityError):
        PublicIdentity.from_dict({**data, "box_key": b64url(bytes(31))})
    # 32 bytes take 43 base64 characters, the last carrying 2 unused bits: a set unused bit decodes to the same key
    # but is another spelling, and only the canonical one is accepted.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    last = alphabet.index(data["sign_key"][-1])
    assert last % 4 == 0
    with pytest.raises(IdentityError, match="canonical"):
        PublicIdentity.from_dict({**data, "sign_key": data["sign_key"][:-1] + alphabet[last + 1]})


def test_fingerprint_is_grouped_base32_over_both_keys_and_stable():
    public = fixed_keys().public
    assert re.fullmatch(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", public.fingerprint)
    # Pinned: changing the derivation would make old and new KP Field versions show different fingerprints.
    assert public.fingerprint == FIXED_FINGERPRINT
    other_box = PublicIdentity(public.sign_key, bytes(nacl.public.PrivateKey.generate().public_key))
    other_sign = PublicIdentity(bytes(nacl.signing.SigningKey.generate().verify_key), public.box_key)
    assert len({public.fingerprint, other_box.fingerprint, other_sign.fingerprint}) == 3


def test_device_id_derives_from_the_signing_key_only():
    public = fixed_keys().public
    assert public.device_id == FIXED_DEVICE_ID
    assert re.fullmatch(r"[a-z2-7]{24}", public.device_id)
    other_box = PublicIdentity(public.sign_key, bytes(nacl.public.PrivateKey.generate().public_key))
    assert other_box.device_id == public.device_id == derive_device_id(public.sign_key)
    assert DeviceKeys.generate().device_id != public.device_id


FIXED_FINGERPRINT = "Z3MQ-JTYH-NTFV-VTBA-3HZX-FVKS-2EQI-Q6BA"
FIXED_DEVICE_ID = "6lkanv745fmtnxsfpcio7klu"


# --- signatures --------------------------------------------------------------------------------------------
def test_signature_verifies_only_for_its_key_domain_and_data():
    keys, other = DeviceKeys.generate(), DeviceKeys.generate()
    signature = keys.sign(DOMAIN_MANIFEST, b"data")
    verify(keys.public.sign_key, DOMAIN_MANIFEST, b"data", signature)
    with pytest.raises(SignatureInvalid):
        verify(other.public.sign_key, DOMAIN_MANIFEST, b"data", signature)
    with pytest.raises(SignatureInvalid):
        verify(keys.public.sign_key, b"kpfield/invitation/v1\0", b"data", signature)
    with pytest.raises(SignatureInvalid):
        verify(keys.public.sign_key, DOMAIN_MANIFEST, b"datb", signature)
    with pytest.raises(SignatureInvalid):
        verify(keys.public.sign_key, DOMAIN_MANIFEST, b"data", signature[:-1])
    with pytest.raises(SignatureInvalid):
        verify(keys.public.sign_key, DOMAIN_MANIFEST, b"data", bytes(64))


@pytest.mark.parametrize("domain", [
    b"kpfield/manifest/v1",          # no terminating NUL: could be a prefix of another domain
    b"kpfield/a\0b\0",               # inner NUL: ("kpfield/a\0", "b\0...") would collide
    b"other/manifest/v1\0",
    "kpfield/manifest/v1\0",
    b"kpfield/" + b"x" * 80 + b"\0",
])
def test_malformed_domain_strings_are_refused(domain):
    with pytest.raises(ValueError):
        check_domain(domain)
    with pytest.raises(ValueError):
        DeviceKeys.generate().sign(domain, b"data")


def test_a_domain_cannot_absorb_the_start_of_the_data():
    """A signature for (kpfield/a, "b\\0x") cannot be presented as one for another purpose."""
    keys = DeviceKeys.generate()
    signature = keys.sign(b"kpfield/a\0", b"b\0x")
    with pytest.raises(ValueError):
        verify(keys.public.sign_key, b"kpfield/a\0b\0", b"x", signature)


# --- canonical JSON ----------------------------------------------------------------------------------------
json_scalars = st.none() | st.booleans() | st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER) | st.text()
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_canonical_json_round_trips_and_is_standard_json(value):
    data = canonical_json(value)
    assert parse_canonical(data) == value
    assert json.loads(data.decode("utf-8")) == value
    assert canonical_json(parse_canonical(data)) == data


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=6), json_scalars, min_size=2, max_size=8), st.randoms())
def test_canonical_json_ignores_insertion_order(mapping, rnd):
    items = list(mapping.items())
    rnd.shuffle(items)
    assert canonical_json(dict(items)) == canonical_json(mapping)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_non_canonical_spellings_of_a_value_are_refused(value):
    canonical = canonical_json(value)
    for variant in (json.dumps(value, indent=1).encode(), json.dumps(value).encode(),
                    json.dumps(value, ensure_ascii=True, separators=(",", ":")).encode(),
                    b" " + canonical, canonical + b"\n"):
        if variant != canonical:
            with pytest.raises(CanonicalJSONError):
                parse_canonical(variant)


def test_keys_are_sorted_by_utf16_code_units_as_rfc8785_says():
    """The RFC 8785 §3.2.3 example: U+1F600 sorts before U+FB33 (UTF-16 order), unlike code-point order."""
    keys = ["\u20ac", "\r", "\ufb33", "1", "\U0001f600", "\u0080", "\u00f6"]
    data = canonical_json({k: 0 for k in keys})
    order = list(json.loads(data.decode("utf-8")))
    assert order == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]


def test_strings_are_escaped_as_rfc8785():
    assert canonical_json("\x0f\x7f\n\"\\é") == b'"\\u000f\x7f\\n\\"\\\\\xc3\xa9"'


@pytest.mark.parametrize("data", [
    b'{"a":1,"a":2}',            # repeated key
    b'{"b":1,"a":2}',            # unsorted
    b'{"a":1.5}', b'[1.0]', b'[1e3]',
    b'[NaN]', b'[Infinity]', b'[-Infinity]',
    b'[-0]', b'[01]',
    b'["\\u0041"]',              # escaped where the canonical form is literal
    b'["\\/"]',
    b'[9007199254740992]',       # 2**53: not exact in every JSON reader
    b'"\xff"',                   # not UTF-8
    b'["\\ud800"]',              # lone surrogate
    b'', b'[', b'{"a":}', b'nul',
    b'[' * 33 + b']' * 33,       # deeper than the default 32 levels
    b'1' * 5000,                 # an integer with thousands of digits
])
def test_parse_canonical_refuses(data):
    with pytest.raises(CanonicalJSONError):
        parse_canonical(data)


def test_parse_canonical_bounds_size_and_depth_before_parsing():
    with pytest.raises(CanonicalJSONError, match="larger"):
        parse_canonical(b'"' + b"a" * 100 + b'"', max_bytes=50)
    with pytest.raises(CanonicalJSONError, match="deeper"):
        parse_canonical(b"[" * 200_000 + b"]" * 200_000, max_bytes=1 << 20)
    assert parse_canonical(b"[" * 32 + b"]" * 32) is not None


@pytest.mark.parametrize("value", [1.5, math.nan, math.inf, {1: "a"}, {"a": {2: 3}}, b"bytes", {1, 2},
                                   2**53, -(2**53), "\ud800", object()])
def test_values_without_a_canonical_form_are_refused(value):
    with pytest.raises(CanonicalJSONError):
        canonical_json(value)
