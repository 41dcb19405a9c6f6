"""Outlet display names, page hosts and promotion lines, on names and lines we wrote ourselves."""

from __future__ import annotations

import pytest

from warta.clean.outlet_names import display_name, host_outlet, promoted_outlet
from warta.clean.outlets import canonical_outlet


@pytest.mark.parametrize(
    ("site", "shown"),
    [
        ("KILASNUSA.CO.ID", "Kilasnusa"),
        ("Kabarkota.com", "Kabarkota"),
        ("KABARSATU.TV", "Kabarsatu TV"),
        ("beritaDesa", "berita"),
        ("wartaNews", "warta"),
        ("TRIBUNSUMSEL.ID", "Tribun Sumsel"),
        ("iWarta.id", "iWarta.id"),
        ("KABAR TIMUR RAYA", "Kabar Timur Raya"),
        ("SUKABUMIKITA.com", "Sukabumikita"),
        ("", None),
    ],
)
def test_display_name(site: str, shown: str | None) -> None:
    assert display_name(site) == shown


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("REPUBLIKA.CO.ID", "Republika"), ("antaranews.com", "Antara"), ("KOMPAS.com", "Kompas"), (None, None)],
)
def test_canonical_outlet(name: str | None, outlet: str | None) -> None:
    assert canonical_outlet(name) == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.kabarkota.com/2022/01/03/banjir", "kabarkota"),
        ("https://daerah.kilasnusa.co.id/read/1", "kilasnusa"),
        ("https://m.wartanusa.id/berita", "wartanusa"),
        ("file:///tmp/a.html", None),
        ("https://192.168.0.1/x", None),
        (None, None),
    ],
)
def test_host_outlet(url: str | None, outlet: str | None) -> None:
    assert host_outlet(url) == outlet


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Isi.", "Gabung ke Channel WhatsApp KabarsatuTV untuk update berita terbaru."], "Kabarsatu TV"),
        (["Silakan baca konten menarik lainnya dari WartaLembah.com di Google News"], "WartaLembah"),
        (["Follow WhatsApp Channel iWarta untuk update berita terbaru setiap hari! Follow"], "iWarta"),
        (["Tim kabarkota.com - kabarNews"], "kabarkota"),
        (["Ikuti kami di Google News"], None),
        (["Isi berita biasa."], None),
    ],
)
def test_promoted_outlet(lines: list[str], outlet: str | None) -> None:
    assert promoted_outlet(lines) == outlet
