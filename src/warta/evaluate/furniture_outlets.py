"""Portal layouts for the synthetic furniture set: invented outlets carrying the furniture real portals print.

The kinds of furniture follow what Indonesian portals show around a story (share bars, follow and
subscribe calls, app and channel promotions, "Baca juga" teasers, editor initials, comment boxes,
copyright lines, ad widgets, hashtags, kicker labels, photo credits); every outlet name, address and
line here is our own text. ``{site}``, ``{name}``, ``{place}`` and ``{teaser}`` are filled per article.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    """One invented outlet: its names, dateline, and the furniture lines it prints where."""

    name: str
    site: str
    dateline: str  # "{PLACE}, KABARKOTA.COM – ": prefixed to the lead
    head: tuple[str, ...] = ()  # before the headline (app banners, kicker labels)
    under_title: tuple[str, ...] = ()  # between headline and lead (bylines, timestamps, captions)
    inline: tuple[str, ...] = ()  # one goes between two body paragraphs
    tail: tuple[str, ...] = ()  # after the story


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        "Kabarkota",
        "Kabarkota.com",
        "{PLACE}, KABARKOTA.com - ",
        under_title=("Baca berita tanpa iklan. Gabung Kabarkota.com+", "Lihat Foto"),
        inline=("Baca juga: {teaser}",),
        tail=(
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses "
            "berita Kabarkota.com WhatsApp Channel.",
            "Dapatkan update berita pilihan setiap hari dari Kabarkota.com. Mari bergabung di Grup Telegram, "
            "caranya klik link lalu join.",
        ),
    ),
    Layout(
        "wartaBaru",
        "wartabaru.com",
        "{Place} - ",
        under_title=("Tim wartabaru - wartaNews", "Kamis, 13 Jan 2022 10:21 WIB"),
        inline=("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"),
        tail=("(rdn/ags)", 'Simak Video "{teaser}"', "[Gambas:Video wartaBaru]"),
    ),
    Layout(
        "Tribun Lembah",
        "tribunlembah.com",
        "TRIBUNLEMBAH.COM, {PLACE} - ",
        head=("Berita Daerah Terkini",),
        under_title=("Laporan Wartawan TribunLembah.com, Yoga Pratama",),
        inline=("Baca juga: {teaser}", "Baca juga: {teaser}"),
        tail=(
            "Ikuti kami di Google News",
            "Simak berita terbaru TribunLembah.com lainnya di Google News",
            "Klik di sini untuk bergabung ke saluran WhatsApp TribunLembah.com",
        ),
    ),
    Layout(
        "iKabar",
        "ikabar.id",
        "{PLACE}, iKabar.id - ",
        head=("Get iKabar App with new looks!", "Aa Text"),
        inline=("Advertisement . Scroll to see content",),
        tail=(
            "Read Next : {teaser}",
            "Follow WhatsApp Channel iKabar untuk update berita terbaru setiap hari! Follow",
        ),
    ),
    Layout(
        "Lembah TV",
        "lembah.tv",
        "{PLACE}, LEMBAH.TV - ",
        tail=(
            "#banjir #beritaterkini #{place}",
            "Gabung ke Channel WhatsApp LembahTV untuk update berita terbaru dan terpercaya.",
            "Tonton siaran langsung Lembah TV di kanal YouTube kami.",
        ),
    ),
    Layout(
        "Benteng Lembah",
        "bentenglembah.com",
        "{Place}, Bentenglembah.com - ",
        tail=(
            "Silakan baca konten menarik lainnya dari BentengLembah.com di Google News",
            "BERITA SEBELUMNYA",
            "« Prev Post",
            "BERITA BERIKUTNYA",
            "Next Post »",
        ),
    ),
    Layout(
        "Kanal8",
        "kanal8.com",
        "Kanal8.com, {Place} - ",
        under_title=(
            "oleh Rudi Hartono diperbarui 12 Jan 2022, 10:00 WIB",
            "Diterbitkan 12 Jan 2022, 09:00 WIB",
        ),
        inline=("Advertisement", "Lanjutkan Membaca ↓"),
        tail=(
            "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor "
            "Cek Fakta Kanal8.com 0811-0000-1234.",
        ),
    ),
    Layout(
        "Lensa Pagi",
        "lensapagi.com",
        "{PLACE} - ",
        under_title=("Share:",),
        tail=(
            "Follow Berita Lensa Pagi di Google News",
            "Dapatkan berita terkini dari Lensa Pagi hanya dengan satu akun, daftar sekarang dengan klik disini "
            "dan nantikan kejutan menarik lainnya",
            "(rhs)",
        ),
    ),
    Layout(
        "Warta Nusa Indonesia",
        "wartanusa.com",
        "{Place}, Warta Nusa Indonesia -- ",
        head=("ARTICLE AD BOX",),
        inline=("Lihat Juga :", "{teaser}", "SCROLL TO RESUME CONTENT"),
        tail=("(ugo/ugo)", "[Gambas:Video WNI]", "Pilihan Redaksi"),
    ),
    Layout(
        "Gema Kota",
        "gemakota.com",
        "Gemakota.com - ",
        inline=("Baca Juga:", "{teaser}"),
        tail=("Kontributor : Lestari Ayu", "Berita Terkait", "{teaser}", "{teaser}"),
    ),
    Layout(
        "Kantor Berita Lembah",
        "kbl.co.id",
        "{Place} (KBL) - ",
        tail=(
            "Pewarta: Dimas Aryo",
            "Editor: Nurul Hidayah",
            "Copyright © KBL 2022",
            "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs "
            "web ini tanpa izin tertulis dari Kantor Berita Lembah.",
        ),
    ),
    Layout(
        "Pelita Umat",
        "pelitaumat.co.id",
        "PELITAUMAT.CO.ID, {PLACE} -- ",
        under_title=("Rep: Sari Utami Red: Fitriyan",),
        inline=("Advertisement",),
        tail=("Ikuti Whatsapp Channel Pelita Umat untuk berita terbaru", "Berita Lainnya", "{teaser}"),
    ),
    Layout(
        "Pekan",
        "pekan.co",
        "PEKAN.CO, {Place} - ",
        tail=(
            "Pilihan Editor: {teaser}",
            "Ikuti berita terkini dari Pekan di Google News, klik di sini",
            "Artikel Terkait",
            "{teaser}",
        ),
    ),
    Layout(
        "Nusantara Kini",
        "nusantarakini.com",
        "Nusantarakini.com - ",
        under_title=("Reporter: Agus Salim",),
        inline=("Advertisement",),
        tail=("[rhm]", "Tag Terkait:", "#Banjir #{Place} #Berita"),
    ),
    Layout(
        "kabarin",
        "kabarin.com",
        "kabarin - ",
        head=("Konten Media Partner",),
        tail=(
            "Ikuti kabarin di Google News",
            "Tulisan ini tidak mewakili pandangan dari redaksi kabarin",
            "Like",
            "Comment",
            "Share",
        ),
    ),
    Layout(
        "GemaKedu",
        "gemakedu.com",
        "{PLACE}, GEMAKEDU.COM – ",
        under_title=("Share: Facebook Twitter WhatsApp Telegram Line",),
        tail=(
            "Punya informasi menarik di sekitarmu? Kirim ke redaksi melalui WhatsApp 0812-0000-5678.",
            "(gkd/dwl)",
            "Copyright © 2023 GemaKedu. All Rights Reserved.",
        ),
    ),
    Layout(
        "Kabar Timur Raya",
        "kabartimurraya.com",
        "Kabar Timur Raya, {Place} – ",
        under_title=("Bagikan: WhatsApp | Facebook | Twitter",),
        tail=(
            "Kirimkan informasi, foto, atau video kejadian di sekitar Anda melalui email redaksi kami.",
            "Selanjutnya: {teaser}",
            "Tinggalkan Balasan",
            "Email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
            "Komentar",
        ),
    ),
    Layout(
        "Sorot Bola",
        "sorotbola.com",
        "{PLACE}, SOROTBOLA.COM - ",
        inline=("Sponsored",),
        tail=(
            "Tonton video lainnya di kanal YouTube Sorot Bola",
            "Download aplikasi Sorot Bola di Play Store dan App Store",
            "Artikel Pilihan",
        ),
    ),
    Layout(
        "Dapur Keluarga",
        "dapurkeluarga.id",
        "DapurKeluarga.id - ",
        inline=("Baca Juga: {teaser}",),
        tail=(
            "Yuk, baca artikel lainnya di DapurKeluarga.id dan jangan lupa follow Instagram kami.",
            "Source: DapurKeluarga.id",
            "Penulis | Editor",
        ),
    ),
    Layout(
        "Surat Pagi",
        "suratpagi.com",
        "{PLACE}, SURATPAGI.COM - ",
        tail=(
            "Berlangganan newsletter kami untuk mendapatkan berita terbaru setiap pagi.",
            "Masukkan email Anda",
            "Langganan",
            "Terima kasih telah membaca sampai di sini.",
        ),
    ),
    Layout(
        "Lini Masa",
        "linimasa.id",
        "LINIMASA.ID - ",
        tail=(
            "Bagikan artikel ini",
            "Salin tautan",
            "Tautan berhasil disalin",
            "Topik Terkait",
            "Tag : Banjir",
        ),
    ),
    Layout(
        "Medialaut",
        "medialaut.id",
        "{Place}: ",
        inline=("Baca juga: {teaser}",),
        tail=("Cek Berita dan Artikel yang lain di Google News", "(ABD)", "Video Pilihan"),
    ),
    Layout(
        "Pos Utara",
        "posutara.co",
        "{PLACE}, POSUTARA.CO – ",
        head=("HOT NEWS",),
        tail=("Most Read", "Pasang Iklan", "Pedoman Media Siber", "Kontak Kami", "Tentang Kami"),
    ),
    Layout(
        "Layar Satu",
        "layarsatu.com",
        "{PLACE}, LAYARSATU.COM - ",
        under_title=("Klik di sini untuk menonton video", "00:00 / 02:31"),
        inline=("Tonton juga: {teaser}",),
        tail=("Unduh aplikasi Layar Satu untuk pengalaman menonton lebih baik.", "Advertisement"),
    ),
    # Two more training layouts (indices 24 and 25, both train: the held-out eight stay as they were):
    # a video portal's player and gallery widgets, and a share widget's copy-link notice.
    Layout(
        "Teropong TV",
        "teropongtv.id",
        "{PLACE}, TEROPONGTV.ID – ",
        under_title=("Tonton videonya di sini", "01:47 / 05:12"),
        inline=("2 / 6",),
        tail=("ADVERTISEMENT",),
    ),
    Layout(
        "Warta Pesisir",
        "wartapesisir.com",
        "{Place}, wartapesisir.com – ",
        inline=("Baca juga: {teaser}",),
        tail=("Bagikan:", "Salin link", "Link disalin ke papan klip", "Copied!", "Tag: Berita Daerah"),
    ),
)
