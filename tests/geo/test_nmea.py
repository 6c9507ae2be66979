"""NMEA: real receiver logs, validity rules, merging, status, refusals, serial lines and fuzzing."""

from __future__ import annotations

import io
import time
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpfield.errors import GPSReceiverError, NMEAError, NoFix
from kpfield.geo import Fix, LocationSource, NMEAParser, iter_serial, nmea_checksum, read_nmea


def sentence(body: str) -> str:
    """A complete sentence with its computed checksum."""
    return f"${body}*{nmea_checksum(body)}"


def gga(tod="120000.00", lat="1738.8680", ns="S", lon="03129.1660", ew="E", quality="1", sats="07", hdop="1.2",
        alt="1234.5", talker="GP"):
    return sentence(f"{talker}GGA,{tod},{lat},{ns},{lon},{ew},{quality},{sats},{hdop},{alt},M,17.0,M,,")


def rmc(tod="120000.00", status="A", lat="1738.8680", ns="S", lon="03129.1660", ew="E", day="070525", mode="A",
        talker="GP"):
    tail = f",{mode}" if mode is not None else ""
    return sentence(f"{talker}RMC,{tod},{status},{lat},{ns},{lon},{ew},0.1,12.3,{day},,{tail}")


def gll(tod="120000.00", status="A", mode="A", talker="GP"):
    return sentence(f"{talker}GLL,1738.8680,S,03129.1660,E,{tod},{status},{mode}")


# --- real receiver logs ---------------------------------------------------------------------------------
def test_bu353s4_latest_fix_near_hamilton(nmea_dir):
    fix = read_nmea(nmea_dir / "bu353s4.log")
    assert fix.lat == pytest.approx(-37.7847, abs=1e-3) and fix.lon == pytest.approx(175.3149, abs=1e-3)
    # the last epoch in the log: GGA then RMC at 03:07:43 on 31 Dec 2014, merged
    assert fix.time == datetime(2014, 12, 31, 3, 7, 43, tzinfo=timezone.utc)
    assert (fix.satellites, fix.hdop, fix.alt, fix.quality) == (7, 1.1, 60.2, 1)
    assert fix.sentence == "GGA+RMC" and fix.talker == "GP"
    loc = fix.to_location()
    assert loc.source is LocationSource.GPS and loc.accuracy_m == pytest.approx(5.5)
    assert loc.fix_time == fix.time


def test_garmin17n_fix_near_warsaw(nmea_dir):
    fix = read_nmea(nmea_dir / "garmin17n.log")
    assert fix.lat == pytest.approx(52.2191, abs=1e-3) and fix.lon == pytest.approx(21.0109, abs=1e-3)
    assert fix.time == datetime(2005, 3, 16, 9, 38, 3, tzinfo=timezone.utc)
    assert fix.quality == 2 and fix.satellites == 10  # DGPS


def test_holux_without_fix_never_reports_the_stale_coordinates(nmea_dir):
    with pytest.raises(NoFix) as exc:
        read_nmea(nmea_dir / "holux-gm-210.log")
    assert str(exc.value) == ("The GPS log has 39 sentences but no valid position: the receiver reported no fix "
                              "(status V / quality 0).")
    assert "41.5" not in str(exc.value)


def test_sirf_binary_is_refused_with_advice(nmea_dir):
    with pytest.raises(NMEAError) as exc:
        read_nmea(nmea_dir / "bu303-nofix.log")
    assert str(exc.value) == ("This is not NMEA text: it looks like binary data (e.g. a SiRF/UBX protocol); set the "
                              "receiver to NMEA mode.")


def test_real_logs_read_the_same_from_stream_lines_and_tail(nmea_dir):
    data = (nmea_dir / "bu353s4.log").read_bytes()
    expected = read_nmea(nmea_dir / "bu353s4.log")
    assert read_nmea(io.BytesIO(data)) == expected
    assert read_nmea(data.decode("ascii").splitlines()) == expected
    assert read_nmea(data.splitlines(keepends=True)) == expected
    assert read_nmea(str(nmea_dir / "bu353s4.log")) == expected
    assert read_nmea(io.BytesIO(data), max_bytes=400) == expected  # a "huge" seekable log is read from its end


def test_live_status_from_real_log(nmea_dir):
    parser = NMEAParser()
    for line in (nmea_dir / "holux-gm-210.log").read_bytes().splitlines():
        assert parser.feed_line(line) is None
    status = parser.last_status
    assert status.state == "searching" and status.satellites_in_view == 9
    assert status.describe() == "waiting for fix: 9 satellites, HDOP 50"
    assert parser.last_fix is None and parser.counts["RMC"] == 11
    assert parser.missing_checksum == 1  # the cut-off last sentence


# --- validity rules -------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    rmc(status="V"), rmc(mode="N"), rmc(mode="S"), rmc(mode="E"), rmc(mode="M"),
    gga(quality="0"), gga(quality="6"), gga(quality="7"), gga(quality="8"),
    gll(status="V"), gll(mode="N"), gll(mode="S"),
    gga(lat="0000.0000", ns="N", lon="00000.0000", ew="E"),
])
def test_not_a_position(line):
    parser = NMEAParser()
    assert parser.feed_line(line) is None
    assert parser.last_fix is None and parser.sentences == 1


@pytest.mark.parametrize("line", [rmc(), rmc(mode="D"), rmc(mode=None), gga(), gga(quality="2"), gga(quality="4"),
                                  gll(), gga(talker="GN"), rmc(talker="GL"), gll(talker="GA"), rmc(talker="GB")])
def test_valid_positions(line):
    fix = NMEAParser().feed_line(line)
    assert fix is not None
    assert fix.lat == pytest.approx(-17.6478) and fix.lon == pytest.approx(31.4861)


def test_simulator_mode_is_reported_and_refused():
    parser = NMEAParser()
    parser.feed_line(gga(quality="8"))
    assert parser.last_status.state == "simulator"
    assert "simulator" in parser.last_status.describe()
    with pytest.raises(NoFix, match="simulator mode"):
        read_nmea([gga(quality="8"), rmc(mode="S")])


def test_bad_and_missing_checksums_are_skipped_and_counted():
    good = rmc()
    parser = NMEAParser()
    assert parser.feed_line(good[:-2] + ("00" if good[-2:] != "00" else "01")) is None
    assert parser.feed_line(good.split("*")[0]) is None
    assert parser.feed_line(good[:-1]) is None
    assert (parser.bad_checksums, parser.missing_checksum, parser.sentences) == (2, 1, 0)
    with_letters = next(line for line in (rmc(tod=f"1200{s:02d}.00") for s in range(60)) if not line[-2:].isdigit())
    assert parser.feed_line(with_letters[:-2] + with_letters[-2:].lower()) is not None  # lowercase hex is fine


def test_malformed_fields_with_valid_checksum_are_counted_not_raised():
    parser = NMEAParser()
    for line in [gga(lat="17X8.86"), gga(ns="Q"), gga(lat="1768.0000"), rmc(day="310299"), gga(tod="256000"),
                 sentence("GPRMC"), sentence("GPGGA,1,2"), sentence("G!GGA,1")]:
        assert parser.feed_line(line) is None
    assert parser.malformed == 8 and parser.last_fix is None


def test_comments_junk_proprietary_and_unknown_talkers_are_ignored():
    parser = NMEAParser()
    for line in ["# a comment", "", "   ", "hello", "$" + "A" * 300, b"\xff\xfe$GPGGA", sentence("PGRME,1.7,M"),
                 sentence("XXRMC,1"), sentence("GPVTG,226,T,222,M,000.0,N,0000.0,K,D")]:
        assert parser.feed_line(line) is None
    assert parser.junk == 3 and parser.counts["P"] == 1 and parser.counts["VTG"] == 1


# --- merging and time -----------------------------------------------------------------------------------
def test_gga_and_rmc_of_one_epoch_merge_either_order():
    for first, second in [(gga(), rmc()), (rmc(), gga())]:
        parser = NMEAParser()
        parser.feed_line(first)
        fix = parser.feed_line(second)
        assert fix.time == datetime(2025, 5, 7, 12, 0, tzinfo=timezone.utc)
        assert (fix.alt, fix.satellites, fix.hdop, fix.quality) == (1234.5, 7, 1.2, 1)
        assert set(fix.sentence.split("+")) == {"GGA", "RMC"}
        assert parser.last_fix == fix


def test_gga_alone_has_no_guessed_date_but_uses_an_earlier_rmc_date():
    assert NMEAParser().feed_line(gga()).time is None
    parser = NMEAParser()
    parser.feed_line(rmc(tod="235959.00", day="311224"))
    assert parser.feed_line(gga(tod="000001.00")).time == datetime(2025, 1, 1, 0, 0, 1, tzinfo=timezone.utc)


def test_a_no_fix_sentence_in_the_same_epoch_voids_the_epoch():
    parser = NMEAParser()
    earlier = parser.feed_line(gga(tod="115959.00", lat="1700.0000"))
    assert parser.feed_line(gga(tod="120000.00")) is not None
    assert parser.feed_line(rmc(tod="120000.00", status="V")) is None
    assert parser.last_fix == earlier
    assert parser.feed_line(gll(tod="120000.00")) is None  # the epoch stays void


def test_latest_valid_fix_is_kept_when_the_fix_is_lost():
    lines = [gga(tod="120000.00"), rmc(tod="120000.00"), gga(tod="120001.00", quality="0"),
             rmc(tod="120001.00", status="V")]
    fix = read_nmea(lines)
    assert fix.time == datetime(2025, 5, 7, 12, 0, tzinfo=timezone.utc)
    parser = NMEAParser()
    for line in lines:
        parser.feed_line(line)
    assert parser.last_status.state == "searching" and parser.last_fix == fix


def test_status_describes_fix_and_waiting():
    parser = NMEAParser()
    assert parser.last_status.describe() == "no data from the GPS receiver yet"
    parser.feed_line(sentence("GPGSV,1,1,05,01,40,083,30,02,17,308,25,03,13,172,,04,09,020,,05,20,050,"))
    parser.feed_line(sentence("GPGSA,A,1,,,,,,,,,,,,,3.0,2.1,2.0"))
    parser.feed_line(gga(quality="0", sats="00", hdop="2.1"))
    assert parser.last_status.describe() == "waiting for fix: 5 satellites, HDOP 2.1"
    parser.feed_line(gga(tod="120001.00", sats="05", hdop="1.5"))
    assert parser.last_status.describe() == "fix: 5 satellites, HDOP 1.5"


def test_fix_to_location_without_hdop_or_date():
    loc = Fix(lat=1.0, lon=2.0).to_location()
    assert loc.accuracy_m is None and loc.fix_time is None and loc.source is LocationSource.GPS


# --- refusals of whole inputs ---------------------------------------------------------------------------
@pytest.mark.parametrize("data, error, message", [
    (b"", NMEAError, "The GPS log is empty"),
    (b"# only a header\n#\n", NMEAError, "The GPS log is empty"),
    (b"hello\nworld\n", NMEAError, "no NMEA sentences ($GPGGA, $GPRMC, ...) were found"),
    (b"$GPGGA,120000,1738.8680,S,03129.1660,E,1,07,1.2,1234.5,M,17.0,M,,*00\n", NMEAError, "every checksum is wrong"),
    (b"$GPGGA,120000,1738.8680,S,03129.1660,E,1,07,1.2,1234.5,M,17.0,M,,\n", NMEAError, "without a checksum"),
    (b"\xb5\x62\x01\x07" + bytes(range(256)) * 40, NMEAError, "looks like binary data"),
    (sentence("GPGSV,1,1,00").encode() + b"\n", NoFix, "it holds no position sentences (GGA, RMC or GLL)"),
])
def test_whole_input_refusals(data, error, message):
    with pytest.raises(error) as exc:
        read_nmea(io.BytesIO(data))
    assert message in str(exc.value)


def test_truncated_last_line_is_ignored_but_a_complete_unterminated_one_counts():
    assert read_nmea(io.BytesIO(f"{rmc()}\r\n{gga(tod='120001.00', lat='0100.0000')[:40]}".encode())).lat < -17
    assert read_nmea(io.BytesIO(f"{rmc()}\r\n{rmc(tod='120001.00', lat='0100.0000')}".encode())).lat < -0.9


def test_size_limits():
    lines = [rmc()] * 100
    with pytest.raises(NMEAError, match="larger than 1000 bytes"):
        read_nmea(lines, max_bytes=1000)

    class Pipe(io.RawIOBase):  # a non-seekable stream, like a pipe
        def __init__(self, data):
            self.data = io.BytesIO(data)

        def readable(self):
            return True

        def readinto(self, b):
            return self.data.readinto(b)

    with pytest.raises(NMEAError, match="larger than"):
        read_nmea(Pipe(("\n".join(lines)).encode()), max_bytes=1000)
    assert read_nmea(Pipe(("\n".join(lines)).encode())).lat < -17
    with pytest.raises(NMEAError, match="cannot be read"):
        read_nmea("/nonexistent/kpfield/gps.log")


def test_one_huge_line_is_bounded_and_fast():
    data = b"$GPGGA," + b"1" * 20_000_000 + b"\n" + rmc().encode() + b"\n"
    started = time.monotonic()
    assert read_nmea(io.BytesIO(data)).lat < -17
    assert time.monotonic() - started < 5


# --- serial receivers -----------------------------------------------------------------------------------
def test_iter_serial_reads_lines_from_a_pyserial_loopback():
    import serial

    port = serial.serial_for_url("loop://", timeout=0.05)
    port.write(f"{gga()}\r\n{rmc()}\r\n".encode())
    parser = NMEAParser()
    lines = iter_serial(port)
    fixes = [parser.feed_line(next(lines)) for _ in range(2)]
    assert next(lines) == b""  # the read timed out: the caller may check for cancellation
    lines.close()
    assert port.is_open  # a port passed in is left open
    assert fixes[1].time == datetime(2025, 5, 7, 12, 0, tzinfo=timezone.utc)
    port.close()


def test_iter_serial_opens_urls_itself_and_refuses_missing_ports():
    lines = iter_serial("loop://", baudrate=9600, timeout=0.01)
    assert next(lines) == b""
    lines.close()
    with pytest.raises(GPSReceiverError, match="cannot be opened"):
        iter_serial("/dev/kpfield-no-such-gps")


# --- property-based -------------------------------------------------------------------------------------
def _ddmm(value: float, width: int) -> str:
    degrees = int(value)
    minutes = round((value - degrees) * 60, 4)
    if minutes >= 60:
        degrees, minutes = degrees + 1, 0.0
    return f"{degrees:0{width}d}{minutes:07.4f}"


@settings(max_examples=200, deadline=None)
@given(st.floats(-89.99, 89.99), st.floats(-179.99, 179.99).filter(lambda v: abs(v) > 1e-3),
       st.sampled_from(["GGA", "RMC", "GLL"]), st.sampled_from(["GP", "GN", "GL"]))
def test_generated_sentences_parse_back(lat, lon, kind, talker):
    fields = (_ddmm(abs(lat), 2), "S" if lat < 0 else "N", _ddmm(abs(lon), 3), "W" if lon < 0 else "E")
    body = {
        "GGA": f"{talker}GGA,093000.00,{fields[0]},{fields[1]},{fields[2]},{fields[3]},1,08,0.9,10.0,M,0,M,,",
        "RMC": f"{talker}RMC,093000.00,A,{fields[0]},{fields[1]},{fields[2]},{fields[3]},0,0,010125,,,A",
        "GLL": f"{talker}GLL,{fields[0]},{fields[1]},{fields[2]},{fields[3]},093000.00,A,A",
    }[kind]
    fix = NMEAParser().feed_line(sentence(body) + "\r\n")
    assert fix is not None and fix.talker == talker
    assert fix.lat == pytest.approx(lat, abs=1e-6) and fix.lon == pytest.approx(lon, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_give_only_nmea_errors(data):
    try:
        read_nmea(io.BytesIO(data))
    except (NMEAError, NoFix):
        pass


_line = st.one_of(
    st.text(max_size=90),
    st.builds(lambda body: sentence(body), st.text(alphabet="GPNRMCAL,.0123456789SEWVN*$", max_size=80)),
    st.sampled_from([gga(), rmc(status="V"), gga(quality="0"), "#comment", ""]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_line, max_size=20))
def test_random_lines_give_a_fix_or_only_nmea_errors(lines):
    try:
        fix = read_nmea(lines)
    except (NMEAError, NoFix):
        return
    assert -90 <= fix.lat <= 90 and -180 <= fix.lon <= 180
    fix.to_location()


def test_text_mode_files_and_single_bytes_objects_are_refused_clearly(nmea_dir):
    with open(nmea_dir / "bu353s4.log", encoding="ascii") as f, pytest.raises(NMEAError, match="binary mode"):
        read_nmea(f)
    with pytest.raises(NMEAError, match="not one bytes object"):
        read_nmea(b"$GPGGA")
