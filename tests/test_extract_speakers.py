"""Speaker attribution: cues, roles, pronouns (invented paragraphs)."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.extract.entity_mention import EntityMention
from warta.extract.quotes import QuoteMention, find_quotes
from warta.extract.sentences import split_sentences
from warta.extract.speakers import in_dateline, is_speaker, speaker_in


def _quotes(text: str, language: str = "id") -> list[QuoteMention]:
    return find_quotes(
        text,
        split_sentences(text, language=language),
        entities=find_entities(text, language=language),
        language=language,
    )


@pytest.mark.parametrize(
    "cue", ["kata", "ujar", "ucap", "tutur", "imbuh", "tambah", "tegas", "jelas", "ungkap", "puji", "sambut"]
)
def test_indonesian_cues_name_the_speaker_after_them(cue: str) -> None:
    (q,) = _quotes(f'"Kami akan membangun jembatan baru tahun ini," {cue} Rina Lestiani.')
    assert (q.speaker, q.cue, q.kind) == ("Rina Lestiani", cue, "direct")


def test_a_role_then_a_name_after_a_comma_is_the_name() -> None:
    (q,) = _quotes('"Kami sudah siap menghadapi final besok," kata pelatih Garuda Muda, Bambang Sutedja.')
    assert q.speaker_name == "Bambang Sutedja"


def test_the_name_after_the_last_rank_speaks() -> None:
    text = (
        '"Kami masih memeriksa para saksi di lokasi," kata Kabid Humas Polda Karangsana Kombes Yudi Hermawan.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Yudi Hermawan"


def test_a_long_unit_title_then_a_police_rank_then_the_name() -> None:
    text = (
        '"Gudangnya kosong saat kami datang," ujar Direktur Reserse Narkoba, Bareskrim Mabes Polri, '
        "Kombes Pol Yudi Hermawan di Watugede, Senin."
    )
    (q,) = _quotes(text)
    assert q.speaker_name == "Yudi Hermawan"


def test_the_person_opening_the_phrase_speaks_not_a_name_in_their_description() -> None:
    text = '"Kami akan menambah fitur baru bulan depan." Kata Rina Lestiani selaku Product Manager Kabarku.'
    (q,) = _quotes(text)
    assert q.speaker_name == "Rina Lestiani"


def test_nya_takes_a_subject_whose_verb_follows_an_adverb() -> None:
    text = (
        '"Warga tidak perlu panik," kata Ketua RW Agus Prasetyo.\n\n'
        "Sementara, Ketua Karang Taruna Watugede Bima Hartono turut mengimbau warga agar tenang.\n\n"
        '"Kami akan berjaga bergantian setiap malam," katanya.'
    )
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == ["Agus Prasetyo", "Bima Hartono"]


def test_a_role_posting_from_a_handle_is_the_handle() -> None:
    (q,) = _quotes('"Jangan merokok lagi ya, kasihan paru-parunya," tulis netizen pada akun @rina.lestiani.')
    assert (q.speaker, q.speaker_type) == ("@rina.lestiani", "PER")


def test_a_web_address_in_the_title_does_not_end_the_speaker_phrase() -> None:
    text = '"Peserta bisa belajar langsung dari para praktisi," sambut Founder Kabarku.com Rina Lestiani.'
    (q,) = _quotes(text)
    assert (q.cue, q.speaker_name) == ("sambut", "Rina Lestiani")


def test_a_ministers_clipped_title_is_a_title_before_the_name() -> None:
    (q,) = _quotes('"Perayaan itu bisa menjadi daya tarik wisata," kata Menaker Hanif, Selasa malam.')
    assert q.speaker_name == "Hanif"


def test_a_ranked_name_in_the_phrase_wins_over_a_name_after_its_place() -> None:
    text = (
        '"Dia hanya pakai," kata Kabid Humas Polda Karangsana Kombes Yudi Hermawan di Mapolres Watugede, '
        "Jl Wijaya, Kamis."
    )
    (q,) = _quotes(text)
    assert q.speaker_name == "Yudi Hermawan"


def test_akp_is_a_rank_before_the_name() -> None:
    (q,) = _quotes(
        '"Pelaku sudah kami tahan," kata Kepala Satresnarkoba Polres Watugede AKP Sumanto di Watugede.'
    )
    assert q.speaker_name == "Sumanto"


def test_nya_takes_the_subject_named_before() -> None:
    text = (
        "Rina Lestiani mengatakan jembatan akan selesai bulan depan di Kabupaten Watugede.\n"
        '"Semua warga bisa melintas lagi sebelum Lebaran," ujarnya.'
    )
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Rina Lestiani"]


def test_a_role_without_a_name_stays_a_role() -> None:
    (q,) = _quotes('"Situasi di perbatasan sudah sepenuhnya terkendali," kata seorang juru bicara.')
    assert (q.speaker, q.speaker_type) == ("seorang juru bicara", "ROLE")


def test_reported_speech_is_indirect() -> None:
    (q,) = _quotes("Rina Lestiani mengatakan bahwa jembatan itu akan selesai bulan depan.")
    assert (q.kind, q.speaker) == ("indirect", "Rina Lestiani")


def test_english_he_said_takes_the_person_named_before() -> None:
    text = (
        "Tom Baxter , the harbour master , spoke on Monday . `` The water is still rising fast , '' he said ."
    )
    direct = [q for q in _quotes(text, "en") if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Tom Baxter"]


def test_a_role_opened_by_an_honorific_noun_is_a_role_and_its_pronoun() -> None:
    text = (
        '"Kami menunggu kabar sejak pagi tadi," kata ibu berbaju merah yang enggan menyebutkan namanya.\n\n'
        'Dia juga mengatakan petugas belum memberi jawaban. "Kami hanya ingin kepastian dari mereka," ujarnya.'
    )
    first, *_, last = [q for q in _quotes(text) if q.kind == "direct"]
    assert first.speaker == "ibu berbaju merah"
    assert last.speaker == "ibu berbaju merah"


def test_a_written_statement_names_its_author_after_the_quote() -> None:
    (q,) = _quotes(
        '"Layanan akan pulih dalam dua hari ke depan," demikian pernyataan tertulis Pemkot Sukamaju.'
    )
    assert q.speaker == "Pemkot Sukamaju"


def test_a_lower_case_rank_then_a_name_is_the_name() -> None:
    text = (
        "Sidang dipimpin Hakim Ketua Bonifasius Hartawan di ruang utama.\n\n"
        '"Terdakwa terbukti bersalah dan dihukum lima tahun," kata hakim ketua Bonifasius dalam sidang.\n\n'
        '"Sidang ditutup untuk hari ini," sambung Hakim.'
    )
    named, alone = [q for q in _quotes(text) if q.kind == "direct"]
    assert named.speaker_name == "Bonifasius Hartawan"
    assert alone.speaker_name == "Bonifasius Hartawan"


def test_an_acronym_in_brackets_stays_inside_the_title() -> None:
    (q,) = _quotes(
        '"Dua warga masih kami cari," kata Pelaksana Tugas (Plt) Kalaksa BPBD Sukamaju Hendra Wiratmaja, Minggu.'
    )
    assert (q.speaker_name or "").endswith("Hendra Wiratmaja")


def test_a_name_then_its_description_after_a_comma_is_the_name() -> None:
    (q,) = _quotes('"Gunung masih berstatus siaga," kata Mukhlis Sofyan, Anggota Pos Pengamatan Gunung Lawu.')
    assert q.speaker == "Mukhlis Sofyan"


def test_ranks_after_the_comma_lead_to_the_name() -> None:
    (q,) = _quotes('"Lima tahanan tewas," ucap Kapolda Sukamaju, Brigjen Polisi R. Santosa Wibowo, Senin.')
    assert q.speaker_name == "Santosa Wibowo"


def test_a_handle_is_the_person_whose_name_it_spells() -> None:
    text = 'Akun Rudi Hartanto mengeluhkan sinyal.\n\n"Sinyal hilang sejak pagi, mohon dibantu," kata akun @rudi_hartantoo.'
    (q,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker_name == "Rudi Hartanto"


def test_a_passive_answer_names_its_agent() -> None:
    text = 'Keluhan tersebut direspons Pemkot Sukamaju dari akun resminya, "Mohon maaf, petugas sedang menuju lokasi."'
    (q,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker == "Pemkot Sukamaju"


def test_a_bare_quote_after_another_persons_reported_statement_is_theirs() -> None:
    text = (
        "`` We will rebuild , '' Dana Royce said . Head teacher Ivo Petrov said the pupils were being "
        "offered support . `` She was a kind child and will be missed . ''"
    )
    quotes = [q for q in _quotes(text, "en") if q.kind == "direct"]
    assert [q.speaker_name or q.speaker for q in quotes] == ["Dana Royce", "Ivo Petrov"]


def test_buka_opens_a_statement_like_tutup_closes_one() -> None:
    (q,) = _quotes('"Tim kami belum pernah kalah di kandang," buka Rina Lestiani kepada wartawan.')
    assert (q.speaker, q.cue) == ("Rina Lestiani", "buka")


def test_a_pronoun_with_its_particle_never_speaks() -> None:
    text = "Iapun menolak tuduhan itu dengan keras."
    assert not any(is_speaker(e, text) for e in find_entities(text) if e.text == "Iapun")
    assert not is_speaker(EntityMention(0, 5, "Iapun", "PER"), text)


def test_one_word_a_named_speaker_says_is_a_quote_and_menimpali_attributes() -> None:
    text = (
        'Rina Lestiani dan Bambang Sutedja enggan menjawab.\n\n"Sudah......," ucap Rina.\n\n'
        '"Ada lah...," Bambang menimpali sembari tersenyum.'
    )
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in direct] == [
        ("Sudah......", "Rina Lestiani"),
        ("Ada lah...", "Bambang Sutedja"),
    ]


def test_a_bracket_between_a_role_and_the_comma_before_the_name() -> None:
    text = (
        '"Kami mendukung dia untuk maju tahun depan," kata Juru Bicara Forum Relawan Amanah '
        "(Forum untuk Jawa Barat), Aminudin Bustomi saat deklarasi."
    )
    (q,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker == "Aminudin Bustomi"


def test_a_kinship_noun_in_lower_case_before_a_name_is_a_relative() -> None:
    text = 'Rina Lestiani bertanya soal sekolah Sekar.\n\n"Dia sudah dua tahun tidak sekolah," jawab ibu Sekar kepada Rina.'
    (q,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert (q.speaker, q.speaker_type) == ("ibu Sekar", "ROLE")


def test_a_described_speaker_at_a_place_then_the_name() -> None:
    text = (
        'Pedagang mengeluh."Harga cabai masih tinggi minggu ini," urai pemilik salah satu kios sayur di Pasar '
        "Baru Lembang, Sri Wahyuni, Rabu (2/3)."
    )
    quotes = find_quotes(text, split_sentences(text, language="id"), entities=find_entities(text))
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Sri Wahyuni"]


@pytest.mark.parametrize(
    "cue",
    ["tulis akun Instagram Dishub Kota Lembang", "tulis akun @DishubKotaLem"],
)
def test_an_account_speaks_for_the_owner_the_article_names(cue: str) -> None:
    text = (
        "Kabar itu terungkap dari akun resmi Twitter Dishub Kota Lembang pagi tadi.\n"
        f'"Jalur utama ditutup sementara karena perbaikan jembatan," {cue}, Senin (3/7).'
    )
    quotes = find_quotes(text, split_sentences(text, language="id"), entities=find_entities(text))
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Dishub Kota Lembang"]


def test_a_suspect_named_by_an_initial_speaks_for_dia() -> None:
    text = (
        "Polisi menangkap dua orang. Kapolres AKBP Joko Santoso mengatakan kasus itu akan dikembangkan.\n"
        "Sementara itu, E mengakui hanya mengantar barang tersebut.\n"
        '"Saya tidak tahu isi paket itu, saya cuma disuruh mengantar," kata dia.'
    )
    quotes = find_quotes(text, split_sentences(text, language="id"), entities=find_entities(text))
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["E"]


def test_a_body_then_a_role_noun_then_a_person_is_the_person() -> None:
    """ "said Northfield Capital analyst Irene Halvorsen": the analyst speaks, even when the tagger
    takes her employer for a person too; "kata Rudi dan Ani" keeps the first."""
    text = "said Northfield Capital analyst Irene Halvorsen ."
    body, person = (text.index(n) for n in ("Northfield Capital", "Irene Halvorsen"))
    ents = [
        EntityMention(body, body + 18, "Northfield Capital", "PER"),
        EntityMention(person, person + 15, "Irene Halvorsen", "PER"),
    ]
    assert speaker_in(text, 5, len(text) - 2, ents, "said").speaker == "Irene Halvorsen"
    text = "kata Rudi Hartono dan Ani Lestari ."
    ents = [EntityMention(5, 17, "Rudi Hartono", "PER"), EntityMention(22, 33, "Ani Lestari", "PER")]
    assert speaker_in(text, 5, len(text) - 2, ents, "kata").speaker == "Rudi Hartono"


def test_a_tokenised_bracket_is_no_speaker() -> None:
    text = "flights -LRB- such as those -RRB- deemed necessary"
    at = text.index("RRB-")
    assert not is_speaker(EntityMention(at, at + 4, "RRB-", "ORG"), text)


def test_the_outlet_of_the_opening_dateline_never_speaks() -> None:
    text = 'Watugede, Kabar Pagi -- "Ini rekor baru," ujar panitia lomba.'
    outlet = EntityMention(text.index("Kabar"), text.index("Kabar") + 10, "Kabar Pagi", "ORG")
    assert not is_speaker(outlet, text)
    later = EntityMention(text.index("Ini"), text.index("Ini") + 3, "Ini", "PER")
    assert not in_dateline(later, text)
