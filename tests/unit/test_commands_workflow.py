"""The keyword grammar, quote stripping, the state machine and the trust tokens, without servers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ppid_mailer.core.commands import (
    OFFICER_KEYWORDS,
    Keyword,
    new_top,
    parse_citizen,
    parse_commands,
)
from ppid_mailer.core.domain import Status
from ppid_mailer.core.trust import authentication_passes, claims, notification_message_id, token
from ppid_mailer.core.workflow import TRANSITIONS, RequestState, decide

SECRET = "0123456789abcdef0123"


@pytest.mark.parametrize(
    "quote",
    [
        "\n\nOn Mon, 30 Nov 2026 at 10:00, PPID <ppid@kota.go.id> wrote:\n> KABULKAN",
        "\n\nOn Mon, 30 Nov 2026 at 10:00, PPID Kota Uji <ppid@kota.go.id>\nwrote:\n> KABULKAN",
        "\n\nPada Sen, 30 Nov 2026 pukul 10.00 PPID <ppid@kota.go.id> menulis:\n> KABULKAN",
        "\n\n-----Original Message-----\nFrom: PPID\nKABULKAN",
        "\n\n________________________________\nFrom: PPID <ppid@kota.go.id>\nSent: Monday\nKABULKAN",
        "\n\nDari: PPID <ppid@kota.go.id>\nDikirim: Senin, 30 November 2026\nKepada: x\nKABULKAN",
        "\n-- \nBudi Santoso\nKABULKAN",
    ],
)
def test_quoted_text_and_signatures_are_cut(quote: str) -> None:
    assert new_top("PROSES" + quote) == "PROSES"
    assert [c.keyword for c in parse_commands("PROSES" + quote).commands] == [Keyword.PROSES]


def test_keyword_variants_and_arguments() -> None:
    parsed = parse_commands("#perpanjang: data masih\ndihimpun\n\nTerima kasih")
    assert parsed.ok and parsed.commands[0].argument == "data masih dihimpun"
    assert parse_commands("extend karena banyak").commands[0].keyword is Keyword.PERPANJANG
    assert parse_commands("Not-Held BPS").commands[0].keyword is Keyword.TIDAK_DIKUASAI
    tolak = parse_commands("TOLAK Pasal17H: daftar memuat NIK dan alamat warga").commands[0]
    assert (tolak.ground, tolak.argument) == ("pasal17h", "daftar memuat NIK dan alamat warga")
    both = parse_commands("CATATAN dicek\n\nPROSES")
    assert [c.keyword for c in both.commands] == [Keyword.CATATAN, Keyword.PROSES]


def test_every_keyword_line_is_a_command() -> None:
    """A second keyword line is its own command, never the first one's argument (issue #16)."""
    two = parse_commands("PROSES\nPERPANJANG data dari tiga bidang\nmasih dihimpun")
    assert [(c.keyword, c.argument) for c in two.commands] == [
        (Keyword.PROSES, ""),
        (Keyword.PERPANJANG, "data dari tiga bidang masih dihimpun"),
    ]
    # lower case: a keyword after one that takes no argument, or written alone on its line
    assert [c.keyword for c in parse_commands("proses\nkabulkan").commands] == [
        Keyword.PROSES,
        Keyword.KABULKAN,
    ]
    # a lower-case word in running text continues the argument
    asked = parse_commands("KLARIFIKASI apakah yang dimaksud\ntolak ukur kinerja dinas?")
    assert [c.argument for c in asked.commands] == [
        "apakah yang dimaksud tolak ukur kinerja dinas?"
    ]
    # a keyword after ordinary text is answered as an error, not dropped
    late = parse_commands("PROSES\n\nTerima kasih.\n\nKABULKAN")
    assert not late.ok and any("KABULKAN" in e and "setelah teks biasa" in e for e in late.errors)


def test_rejection_grammar() -> None:
    """TOLAK <pasal17x> <konsekuensi>; 17j names the statute before a ';'."""
    j = parse_commands(
        "TOLAK pasal17j UU No. 7 Tahun 2017 Pasal 14; daftar pemilih memuat NIK "
        "dan alamat yang dilindungi undang-undang"
    ).commands[0]
    assert (j.ground, j.statute) == ("pasal17j", "UU No. 7 Tahun 2017 Pasal 14")
    assert j.argument.startswith("daftar pemilih")
    assert parse_commands("reject 17h nama NIK alamat warga penerima").commands[0].ground == (
        "pasal17h"
    )
    partial = parse_commands("SEBAGIAN pasal17h kolom NIK dihitamkan").commands[0]
    assert (partial.ground, partial.argument) == ("pasal17h", "kolom NIK dihitamkan")
    assert parse_commands("SEBAGIAN kolom NIK dihitamkan").commands[0].ground == ""
    undocumented = parse_commands("TIDAK-DIKUASAI belum-didokumentasikan rekap baru 2027")
    assert (undocumented.commands[0].ground, undocumented.commands[0].argument) == (
        "belum-didokumentasikan",
        "rekap baru 2027",
    )
    holder = parse_commands("TIDAK-DIKUASAI BPS Kota Pekalongan").commands[0]
    assert (holder.ground, holder.argument) == ("", "BPS Kota Pekalongan")


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("SETUJU", "tidak dikenal"),
        ("PERPANJANG", "memerlukan alasan"),
        ("TOLAK pasal18 x", "memerlukan dasar"),
        ("TOLAK pasal17a", "memerlukan pengujian konsekuensi"),
        ("TOLAK pasal17h memuat data pribadi", "minimal 5 kata"),
        ("TOLAK pasal17j membahayakan data pemilih di seluruh kota", "undang-undang"),
        ("TOLAK pasal17j pemilu; membahayakan data pemilih di seluruh kota", "undang-undang"),
        ("TOLAK belum-didokumentasikan data belum ada", "TIDAK-DIKUASAI"),
        ("SEBAGIAN pasal17j kolom dihitamkan", "undang-undang"),
        ("", "tidak berisi"),
        ("> PROSES", "tidak berisi"),
    ],
)
def test_errors_are_values(text: str, error: str) -> None:
    parsed = parse_commands(text)
    assert not parsed.ok and any(error in e for e in parsed.errors)


FORMATS = ("{seq:04d}/PPID/{year}",)


def test_citizen_keywords() -> None:
    assert parse_citizen("Re: Tanda terima", "status\n\n> kutipan").keyword is Keyword.STATUS
    objection = parse_citizen(
        "KEBERATAN 0001/PPID/2026", "Karena ditolak tanpa alasan.", False, FORMATS
    )
    assert objection is not None and "ditolak tanpa alasan" in objection.argument
    assert parse_citizen("Permohonan data", "Dengan hormat, status saya mahasiswa") is None
    assert parse_citizen("Re: x", "Batalkan saja") is None


def test_a_citizen_keyword_counts_only_in_an_unambiguous_form() -> None:
    # the first word of a letter's subject is not a command
    assert (
        parse_citizen("Status tanah di Kelurahan Sukajadi", "Dengan hormat, ...", False, FORMATS)
        is None
    )
    assert (
        parse_citizen("Keberatan warga atas pembangunan pasar", "Mohon data ...", False, FORMATS)
        is None
    )
    assert (
        parse_citizen("", "Pengaduan masyarakat soal jalan rusak tahun 2025", False, FORMATS)
        is None
    )
    # the keyword alone, or with a number, as the subject or the first line
    assert parse_citizen("STATUS", "", False, FORMATS) is not None
    assert parse_citizen("Re: BATAL 0007/PPID/2026", "", False, FORMATS) is not None
    complaint = parse_citizen("", "PENGADUAN\npetugas tidak menjawab telepon", False, FORMATS)
    assert complaint is not None and complaint.argument == "petugas tidak menjawab telepon"
    # in the request's own thread the keyword may lead a sentence
    reasoned = parse_citizen(
        "Re: Pemberitahuan", "Keberatan: data agregat bukan data pribadi", True
    )
    assert reasoned is not None and reasoned.keyword is Keyword.KEBERATAN


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_grammar_never_raises(text: str) -> None:
    parsed = parse_commands(text)
    assert parsed.ok or parsed.errors
    parse_citizen(text[:80], text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([s.keyword.value for s in OFFICER_KEYWORDS]), st.text(max_size=200))
def test_quoted_keywords_never_act(keyword: str, noise: str) -> None:
    quoted = "\n".join("> " + line for line in (keyword + " alasan\n" + noise).splitlines())
    parsed = parse_commands("Terima kasih.\n\n" + quoted)
    assert parsed.commands == ()


def state(status: Status, extended: bool = False) -> RequestState:
    return RequestState(status, extended, date(2026, 12, 14))


def test_state_machine() -> None:
    today = date(2026, 12, 1)
    assert decide(state(Status.REGISTERED), Keyword.PROSES, today).to == Status.IN_PROCESS
    assert not decide(state(Status.IN_PROCESS), Keyword.PROSES, today).ok
    for keyword in (Keyword.KABULKAN, Keyword.SEBAGIAN, Keyword.TOLAK, Keyword.TIDAK_DIKUASAI):
        for source in (Status.REGISTERED, Status.IN_PROCESS, Status.CLARIFICATION):
            assert decide(state(source), keyword, today).ok
        assert "sekali" in decide(state(Status.GRANTED), keyword, today).reason
    assert decide(state(Status.REGISTERED), Keyword.PERPANJANG, today).extend
    assert "satu kali" in decide(state(Status.REGISTERED, True), Keyword.PERPANJANG, today).reason
    assert (
        "lewat" in decide(state(Status.REGISTERED), Keyword.PERPANJANG, date(2026, 12, 15)).reason
    )
    assert decide(state(Status.WITHDRAWN), Keyword.CATATAN, today).ok
    assert set(TRANSITIONS) >= {s.keyword for s in OFFICER_KEYWORDS}


def test_tokens_bind_request_and_officer() -> None:
    mid = notification_message_id(SECRET, "notify", 7, "petugas@kota.go.id", "kota.go.id")
    assert claims(SECRET, "petugas@kota.go.id", [mid], [], "kota.go.id")[0].valid
    assert not claims(SECRET, "lain@kota.go.id", [mid], [], "kota.go.id")[0].valid
    assert not claims("another-secret-xxxxxx", "petugas@kota.go.id", [mid], [], "kota.go.id")[
        0
    ].valid
    other = mid.replace(".7.", ".8.")
    assert not claims(SECRET, "petugas@kota.go.id", [other], [], "kota.go.id")[0].valid
    plus = f"ppid+t-notify-7-{token(SECRET, 'notify', 7, 'petugas@kota.go.id')}@kota.go.id"
    assert claims(SECRET, "petugas@kota.go.id", [], [plus], "kota.go.id")[0].valid


def test_authentication_results() -> None:
    header = "mx.kota.go.id; dkim=pass header.d=kota.go.id; spf=pass; dmarc=pass"
    assert authentication_passes([header], "mx.kota.go.id", ["dkim", "dmarc"]) == (True, "")
    assert not authentication_passes(
        [header.replace("dkim=pass", "dkim=fail")], "mx.kota.go.id", ["dkim"]
    )[0]
    assert not authentication_passes([header], "evil.example", ["dkim"])[0]  # not our server's
    assert authentication_passes([], "mx.kota.go.id", [])[0]


def test_every_authentication_result_is_read_and_dkim_is_aligned() -> None:
    ours = "mx.kota.go.id"
    good = f"{ours}; dkim=pass header.d=kota.go.id; spf=pass; dmarc=pass"
    bad = f"{ours}; dkim=fail header.d=kota.go.id; spf=fail"
    # a fail in any of our headers fails the mail, whichever comes last
    assert not authentication_passes([bad, good], ours, ["dkim"], "kota.go.id")[0]
    assert not authentication_passes([good, bad], ours, ["dkim"], "kota.go.id")[0]
    # a DKIM pass by another domain does not vouch for the From domain
    foreign = f"{ours}; dkim=pass header.d=evil.example"
    assert not authentication_passes([foreign], ours, ["dkim"], "kota.go.id")[0]
    sub = f"{ours}; dkim=pass header.i=@mail.kota.go.id"
    assert authentication_passes([sub], ours, ["dkim"], "kota.go.id")[0]
    assert not authentication_passes([sub], ours, ["dkim"], "lain.go.id")[0]


def test_masking_covers_every_nik_and_passport_form() -> None:
    from ppid_mailer.core.redact import redact

    for text in (
        "3273014506900002",
        "3273.0145.0690.0002",
        "32-73-01-45-06-90-0002",
        "3273 0145 0690 0002",
        "3273/0145/0690/0002",
    ):
        masked = redact(f"NIK: {text}.")
        assert "0690" not in masked and "0002" not in masked, masked
    for text in ("X1234567", "AB 123456", "c-7654321"):
        assert not any(d in redact(text) for d in "1234567"[1:]), redact(text)
    assert redact("telp 081234567890, RT 001/002") == "telp 081234567890, RT 001/002"


def test_a_logged_traceback_is_masked(capsys) -> None:  # type: ignore[no-untyped-def]
    import logging

    from ppid_mailer.log import setup_logging

    setup_logging("INFO", "json")
    try:
        raise ValueError("bad NIK 3273.0145.0690.0002 in letter")
    except ValueError:
        logging.getLogger("test").exception("failed")
    err = capsys.readouterr().err
    assert "ValueError" in err and "0690" not in err and "3273" in err


def test_a_grant_must_give_something() -> None:
    """UU 14/2008 Pasal 22(7) d and f: a file, a link, or a stated way to obtain it."""
    from ppid_mailer.core.commands import grant_gap

    assert grant_gap(Keyword.KABULKAN, "", 1) == ""
    assert grant_gap(Keyword.KABULKAN, "unduh di https://data.kota.go.id/apbd", 0) == ""
    assert grant_gap(Keyword.KABULKAN, "salinan cetak dapat diambil di loket PPID", 0) == ""
    for note in ("", "data terlampir", "informasi sudah kami berikan"):
        gap = grant_gap(Keyword.KABULKAN, note, 0)
        assert "tanpa lampiran, tautan, atau cara memperoleh" in gap, note
    assert grant_gap(Keyword.SEBAGIAN, "kolom NIK dihitamkan", 0).startswith("SEBAGIAN")
