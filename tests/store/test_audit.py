"""The audit trail is append-only and hash-chained; verification names the first broken link."""

from __future__ import annotations

import sqlcipher3
import pytest

from kpfield.model import Occurrence, Report
from kpfield.model import utcnow


def _activity(profile):
    r = profile.reports.create(Report(title="Arrest of a monitor", types=["arbitrary_detention"],
                                      occurred=Occurrence(utcnow())))
    profile.reports.save_draft(profile.reports.get(r.id).copy(narrative="Taken to the police post"))
    profile.reports.mark_ready(r.id)
    return r


def test_actions_are_recorded_in_order(profile):
    r = _activity(profile)
    assert [e.action for e in profile.audit.entries(r.id)] == ["created", "edited", "marked_ready"]
    check = profile.audit.verify()
    assert check.ok and check.entries == 4  # plus profile_created


def test_update_and_delete_are_refused_by_the_store(profile):
    _activity(profile)
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="append-only"):
        profile.db.execute("UPDATE audit SET action = 'deleted' WHERE seq = 2")
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="append-only"):
        profile.db.execute("DELETE FROM audit WHERE seq = 2")


def _bypass(profile, sql):
    profile.db.execute("DROP TRIGGER audit_append_only_update")
    profile.db.execute("DROP TRIGGER audit_append_only_delete")
    profile.db.execute(sql)


def test_altered_entry_is_named(profile):
    _activity(profile)
    _bypass(profile, "UPDATE audit SET detail = '{\"version\":7}' WHERE seq = 4")
    check = profile.audit.verify()
    assert not check.ok and check.broken_seq == 4 and "altered" in check.reason


def test_removed_entry_is_named(profile):
    _activity(profile)
    _bypass(profile, "DELETE FROM audit WHERE seq = 3")
    check = profile.audit.verify()
    assert not check.ok and check.broken_seq == 4 and "missing" in check.reason
