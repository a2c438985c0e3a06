"""Field extraction, the NIK check and the requirement rules on inline letters (no OCR)."""

from __future__ import annotations

from ppid_mailer.core.extract import DocText, extract_request, form_fields, letter_fields
from ppid_mailer.core.nik import check_nik, find_nik
from ppid_mailer.core.requirements import Facts, check


def extraction(
    body: str, files: list[tuple[str, str]] | None = None, ocr: list[DocText] | None = None
):  # type: ignore[no-untyped-def]
    return extract_request(
        [DocText("isi surel", body), *(ocr or [])], files or [], "Pengirim", "p@warga.test"
    )


def test_form_labels_and_continuation_lines() -> None:
    found = form_fields(
        "Nama Lengkap : Siti\nNo. KTP: 3273 0145 0690 0002\nRincian informasi yang diminta :\n"
        "data IKM per kecamatan\ntahun 2025\n\nTujuan Penggunaan : skripsi\nAlamat : ..."
    )
    assert found["name"] == "Siti" and found["information"] == "data IKM per kecamatan tahun 2025"
    assert found["purpose"] == "skripsi" and "address" not in found  # a placeholder is no value
    assert find_nik(found["nik"]) == "3273014506900002"


def test_free_letter_phrases() -> None:
    found = letter_fields(
        "Dengan hormat, kami mohon salinan laporan keuangan 2025 untuk keperluan audit warga.\n\n"
        "Hormat kami,\nForum Warga Sukajadi"
    )
    assert found["information"] == "salinan laporan keuangan 2025"
    assert found["purpose"] == "keperluan audit warga"
    assert "name" not in found  # an organisation signing is not the requester's name


def test_nik_rules() -> None:
    assert check_nik("3273014506900002").plausible  # woman born 5 June 1990
    assert not check_nik("3273013206900002").plausible  # 32nd day
    assert not check_nik("9973014506900002").plausible  # no province 99
    assert not check_nik("32730145069000").plausible  # 14 digits
    assert check_nik("3273014506900002").female is True


def test_all_rules_run_and_list_everything_at_once() -> None:
    result = extraction("Halo")
    assert [m.code for m in check(Facts(result, 1))] == [
        "letter",
        "information",
        "purpose",
        "id_document",
    ]
    ok = extraction(
        "Saya mohon data jumlah sekolah dasar tahun 2025 untuk keperluan penelitian. KTP terlampir.",
        [("ktp.jpg", "image/jpeg")],
    )
    assert check(Facts(ok, 15)) == []


def test_id_from_ocr_text_and_nik_mismatch_is_noted() -> None:
    ocr = DocText(
        "lampiran x.jpg (OCR)",
        "PROVINSI JAWA BARAT\nKOTA BANDUNG\nNIK : 3273014506900002",
        "x.jpg",
        "ocr",
    )
    result = extraction(
        "NIK: 3273011203850001\nSaya mohon data pasar tahun 2025 untuk keperluan riset.",
        [("x.jpg", "image/jpeg")],
        [ocr],
    )
    assert result.id_document is not None and result.id_document.verified
    assert result.id_document.kind == "KTP" and result.id_document.matches_letter is False
    assert any("berbeda" in note for note in result.notes)


def test_unreadable_image_is_not_an_id() -> None:
    broken = DocText("lampiran ktp.jpg (OCR)", "", "ktp.jpg", "ocr", "gambar tidak dapat dibuka")
    result = extraction(
        "Saya mohon data pasar tahun 2025 untuk keperluan riset.",
        [("ktp.jpg", "image/jpeg")],
        [broken],
    )
    assert result.id_document is None
    assert result.unreadable == ("ktp.jpg: gambar tidak dapat dibuka",)


def test_a_document_that_takes_too_long_is_abandoned_and_the_worker_restarted(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ppid_mailer.adapters import documents
    from ppid_mailer.core.domain import Attachment
    from tests.data.make_letters import text_pdf

    pdf = Attachment("surat.pdf", "application/pdf", text_pdf("Saya mohon data pasar tahun 2025."))
    reader = documents.DocumentReader()
    monkeypatch.setattr(documents, "WORKER_SECONDS", 0.0001)
    [slow] = reader.read(pdf)
    assert "melebihi" in slow.problem and reader.worker.process is None
    monkeypatch.setattr(documents, "WORKER_SECONDS", 30)
    [fine] = reader.read(pdf)
    assert "mohon data pasar" in fine.text and not fine.problem
    reader.worker.stop()


def test_a_file_that_only_claims_to_be_a_pdf_is_answered_without_the_reader() -> None:
    from ppid_mailer.adapters import documents
    from ppid_mailer.core.domain import Attachment

    reader = documents.DocumentReader()
    [fake] = reader.read(Attachment("scan.pdf", "application/pdf", b"\x00\x17garbage" * 1000))
    assert fake.problem == "berkas ini bukan PDF yang sah" and reader.worker.process is None
