"""Imported evidence bundles are outside input: a real bundle with bytes flipped, members renamed, removed or added,
hostile index.json content, zip bombs and path-traversal names must end in a failed verification or a typed error,
never a crash, a hang or a file written anywhere."""

from __future__ import annotations

import io
import json
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpfield.errors import KPFieldError
from kpfield.export import records_from_monitor
from kpfield.export.run import export_to_file
from kpfield.export.verify import BundleCheck, verify_bundle

FUZZ = settings(max_examples=80, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck))
STATS = {"mutations": 0, "refused": 0, "failed": 0, "ok": 0}
HOSTILE_NAMES = ["../evil.txt", "/etc/evil", "a/../../evil", "C:\\evil", "c:evil", "reports/\0x", "", "a\\..\\b",
                 "index.json/..", "./index.json", "x" * 300]


@pytest.fixture(scope="module")
def original(store, tmp_path_factory):
    """The bytes of a real, fully verifying bundle (two signed reports with photos and receipts)."""
    profile, ids = store
    path = tmp_path_factory.mktemp("fuzzbundle") / "evidence.zip"
    export_to_file(records_from_monitor(profile, ids[:2]), "bundle", path, audit=profile.audit)
    data = path.read_bytes()
    assert verify_bundle(path).ok
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries = {info.filename: zf.read(info) for info in zf.infolist()}
    return data, entries


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name or "empty")
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return out.getvalue()


def _verify(tmp_path, data: bytes) -> BundleCheck | None:
    """verify_bundle of ``data``: the check, or None when refused with a typed error. Nothing may be written."""
    folder = tmp_path / "case"
    folder.mkdir(exist_ok=True)
    path = folder / "bundle.zip"
    path.write_bytes(data)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    STATS["mutations"] += 1
    try:
        check = verify_bundle(path)
    except KPFieldError as exc:
        STATS["refused"] += 1
        assert str(exc)
        check = None
    else:
        assert isinstance(check, BundleCheck) and all(isinstance(x, str) for x in check.failures + check.checked)
        STATS["ok" if check.ok else "failed"] += 1
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == before  # nothing extracted or written
    assert not os.path.exists(tmp_path.parent / "evil.txt")
    return check


@FUZZ
@given(st.data())
def test_flipped_bytes(original, tmp_path_factory, data):
    raw, entries = original
    buffer = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(buffer) - 1))
        buffer[at] ^= data.draw(st.integers(1, 255))
    check = _verify(tmp_path_factory.mktemp("flip"), bytes(buffer))
    if check is not None and check.ok:
        # Passing is allowed only when everything the check vouches for is byte-identical to the original.
        with zipfile.ZipFile(io.BytesIO(bytes(buffer))) as zf:
            for name in entries:
                if name != "README.txt" and name in zf.namelist():
                    assert zf.read(name) == entries[name]


@FUZZ
@given(st.data())
def test_members_renamed_removed_added_or_changed(original, tmp_path_factory, data):
    _, entries = original
    items = list(entries.items())
    names = [name for name, _ in items]
    for _ in range(data.draw(st.integers(1, 4))):
        kind = data.draw(st.sampled_from(["rename", "remove", "add", "duplicate", "swap", "truncate"]))
        at = data.draw(st.integers(0, len(items) - 1)) if items else 0
        if kind == "add" or not items:
            name = data.draw(st.sampled_from(HOSTILE_NAMES + names) | st.text(min_size=1, max_size=20))
            items.append((name, data.draw(st.binary(max_size=100))))
        elif kind == "rename":
            items[at] = (data.draw(st.sampled_from(HOSTILE_NAMES + names)), items[at][1])
        elif kind == "remove":
            items.pop(at)
        elif kind == "duplicate":
            items.append(items[at])
        elif kind == "swap":
            other = data.draw(st.integers(0, len(items) - 1))
            items[at], items[other] = (items[at][0], items[other][1]), (items[other][0], items[at][1])
        else:
            items[at] = (items[at][0], items[at][1][:data.draw(st.integers(0, len(items[at][1])))])
    try:
        blob = _zip(items)
    except (ValueError, UnicodeError):  # names zipfile itself cannot write
        return
    _verify(tmp_path_factory.mktemp("member"), blob)


_JSON = st.recursive(st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.text(max_size=20)
                     | st.sampled_from(["../evil.txt", "index.json", "keys/server.json"]),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner,
                                                                                   max_size=4), max_leaves=12)


def _paths(value, path=()):
    """Every place in a JSON value, as a key path."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, path + (i,))


@FUZZ
@given(st.data())
def test_hostile_index_and_documents(original, tmp_path_factory, data):
    """Any JSON document in the bundle (index, keys, receipts) has any of its values replaced by hostile JSON."""
    _, entries = original
    target = data.draw(st.sampled_from(sorted(n for n in entries if n.endswith(".json"))))
    document = json.loads(entries[target])
    where = data.draw(st.sampled_from(list(_paths(document))))
    value = data.draw(_JSON)
    if where:
        holder = document
        for key in where[:-1]:
            holder = holder[key]
        holder[where[-1]] = value
    else:
        document = value
    changed = dict(entries)
    changed[target] = json.dumps(document).encode()
    check = _verify(tmp_path_factory.mktemp("index"), _zip(list(changed.items())))
    if check is not None and check.ok and target != "index.json":
        before, after = json.loads(entries[target]), json.loads(changed[target])
        if target.startswith("keys/"):  # unsigned key files: only the keys themselves are vouched for
            assert isinstance(after, dict) and all(after.get(k) == before.get(k) for k in ("sign_key", "box_key"))
        else:  # manifests and receipts are signed: any change fails
            assert after == before


def test_zip_bombs_and_lying_sizes_are_refused(original, tmp_path):
    _, entries = original
    bomb = _zip([*entries.items(), ("reports/bomb.bin", b"\0" * (64 << 20))])  # 64 MiB of zeros: ratio ~1000
    assert _verify(tmp_path, bomb) is None
    # A central directory that claims a tiny size for a big member (the reader must not inflate past the claim).
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    raw = bytearray(out.getvalue())
    index_at = raw.rfind(b"index.json")
    cd = raw.rfind(b"PK\x01\x02", 0, index_at)
    raw[cd + 24:cd + 28] = (5).to_bytes(4, "little")  # uncompressed size of index.json: 5 bytes
    assert _verify(tmp_path, bytes(raw)) is None or not verify_bundle(tmp_path / "case" / "bundle.zip").ok


@pytest.mark.parametrize("data", [b"", b"PK\x05\x06" + bytes(18), b"not a zip", os.urandom(4096),
                                  b"PK\x03\x04" + os.urandom(100)])
def test_not_a_zip_is_refused(tmp_path, data):
    assert _verify(tmp_path, data) is None


def test_many_entries_are_refused(tmp_path):
    assert _verify(tmp_path, _zip([(f"e{i}", b"") for i in range(20_001)])) is None
