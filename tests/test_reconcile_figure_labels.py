"""A figure group's label from its counted noun and kind; a group no reader can tell the object of is hidden."""

from __future__ import annotations

from warta.extract.figure_kinds import KindReading
from warta.reconcile.figure_labels import group_label, label_for, labelled, with_severity
from warta.types import FigureGroup, FigureValue


def _v(article: str, counted: str) -> FigureValue:
    return FigureValue(article, 23, None, "tahun", None, "23 tahun", 0, 8, article, counted=counted)


def test_labels_say_what_is_counted() -> None:
    assert label_for("pria", "age") == "usia pria"
    assert label_for("perawatan", "duration") == "lama perawatan"
    assert label_for("hari kerja", "duration") == "hari kerja"
    assert label_for("orang", "killed") == "orang tewas"
    assert label_for("", "arrested") == "ditahan"
    assert label_for("pengungsi", "evacuated") == "pengungsi"
    assert label_for("rumah", "buildings_damaged") == "rumah rusak"
    assert label_for("men", "age", language="en") == "age of men"


def test_a_loose_kind_takes_its_label_from_the_counted_noun() -> None:
    assert group_label(["pria", "pria", ""], ["usia", "pada selasa"], "age", language="id") == "usia pria"
    assert group_label(["emas"], ["dibayar tunai"], "quantity", language="id") == "emas"
    assert group_label(["memadamkan api"], [""], "duration", language="id") == "lama memadamkan api"


def test_a_toll_keeps_its_own_wording_when_it_reads() -> None:
    assert (
        group_label(["orang"], ["petugas keamanan tewas"], "killed", language="id")
        == "petugas keamanan tewas"
    )
    assert group_label([""], ["pukul dievakuasi"], "evacuated", language="id") == "mengungsi"
    assert group_label(["orang"], ["korban tewas"], "identified", language="id") == "orang teridentifikasi"


def test_a_group_with_no_readable_counted_noun_is_not_labelled() -> None:
    assert group_label(["", ""], ["usia", "pada selasa"], "age", language="id") == "usia"
    assert not labelled(FigureGroup("usia", "agree", (_v("a", ""), _v("b", "")), kind="age"))
    assert not labelled(FigureGroup("harga", "agree", (_v("a", ""), _v("b", "")), kind="price"))
    assert not labelled(FigureGroup("pada selasa", "agree", (_v("a", ""), _v("b", "")), kind="age"))
    assert labelled(FigureGroup("usia pria", "agree", (_v("a", "pria"), _v("b", "")), kind="age"))
    assert labelled(FigureGroup("ditahan", "agree", (_v("a", ""), _v("b", "")), kind="arrested"))


def test_an_injury_label_tells_its_severity_not_its_grouping_tag() -> None:
    assert with_severity("orang terluka", KindReading("injured", "berat")) == "orang terluka berat"
    assert with_severity("polisi terluka", KindReading("injured", "personnel")) == "polisi terluka"
    assert with_severity("luka berat", KindReading("injured", "personnel berat")) == "luka berat"


def test_a_named_group_names_its_generic_counts() -> None:
    """Fiction: "90 napi" beside two "90 orang" is labelled by the group it names."""
    assert group_label(["orang", "napi", "orang"], ["", "", ""], "people", language="id") == "napi"
