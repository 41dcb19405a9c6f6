"""Invented news stories for the synthetic furniture set: every line here is our own text.

Each story is a title, a place, a lead (which the outlet prefixes with its dateline) and body paragraphs.
Some paragraphs are hard cases on purpose: short lines, quotes, and sentences that name WhatsApp,
Google or a share of something, which cleaning must keep.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    """One invented story: its headline, the dateline's place, its lead and its other paragraphs."""

    title: str
    place: str
    lead: str
    body: tuple[str, ...]


STORIES: tuple[Story, ...] = (
    Story(
        "Banjir Rendam Tiga Desa di Watugede, Ratusan Warga Mengungsi",
        "Watugede",
        "Banjir setinggi satu meter merendam tiga desa di Kecamatan Watugede setelah Sungai Cemara meluap "
        "pada Selasa malam.",
        (
            "Kepala Pelaksana BPBD Watugede, Hendra Saputra, mengatakan sedikitnya 420 warga mengungsi ke "
            "balai desa dan masjid terdekat.",
            '"Kami sudah mendirikan dapur umum dan menyiagakan dua perahu karet," ujarnya.',
            "Warga melaporkan kenaikan air melalui grup WhatsApp desa sejak pukul 21.00 WIB.",
            "Tidak ada korban jiwa.",
            "Desa yang terendam:",
            "- Desa Krajan (180 rumah)",
            "- Desa Kalisari (95 rumah)",
            "Hujan deras diperkirakan masih turun hingga akhir pekan, sehingga warga di bantaran sungai "
            "diminta tetap waspada.",
        ),
    ),
    Story(
        "Harga Cabai Rawit di Pasar Sumberwangi Tembus Rp80.000 per Kilogram",
        "Sumberwangi",
        "Harga cabai rawit merah di Pasar Induk Sumberwangi naik menjadi Rp80.000 per kilogram dalam sepekan "
        "terakhir.",
        (
            "Pedagang menyebut pasokan dari petani di lereng gunung berkurang karena cuaca buruk.",
            '"Biasanya saya ambil dua kuintal, sekarang cuma dapat setengahnya," kata Sumarni, pedagang '
            "cabai.",
            "Dinas Perdagangan setempat berencana menggelar operasi pasar mulai pekan depan.",
            "Harga Bahan Pokok Lain",
            "Harga bawang merah relatif stabil di kisaran Rp36.000 per kilogram.",
            "Pembeli mengaku mengurangi belanja cabai hingga separuh dari biasanya.",
            "Sebagian pedagang kini menerima pesanan lewat WhatsApp dan mengantar langsung ke rumah pembeli.",
        ),
    ),
    Story(
        "Kebakaran Gudang Kayu di Karangsana, Kerugian Ditaksir Rp2 Miliar",
        "Karangsana",
        "Sebuah gudang kayu di Jalan Raya Karangsana terbakar pada Rabu dini hari dan api baru padam "
        "setelah empat jam.",
        (
            "Sebanyak tujuh unit mobil pemadam dikerahkan ke lokasi.",
            "Kapolsek Karangsana, AKP Dedi Kurniawan, menyatakan dugaan sementara api berasal dari korsleting "
            "listrik.",
            '"Belum ada laporan korban, penjaga gudang berhasil menyelamatkan diri," tuturnya.',
            "Pemilik gudang menaksir kerugian mencapai Rp2 miliar.",
            "Polisi masih memeriksa tiga saksi. Menurut keterangan warga, api pertama kali terlihat dari sisi",
        ),
    ),
    Story(
        "Pemkab Lembayung Luncurkan Layanan Aduan Jalan Rusak Lewat Aplikasi",
        "Lembayung",
        "Pemerintah Kabupaten Lembayung meluncurkan layanan aduan jalan rusak yang dapat diakses melalui "
        "aplikasi ponsel dan nomor WhatsApp resmi.",
        (
            "Bupati Lembayung, Ratna Wulandari, mengatakan setiap aduan akan ditindaklanjuti paling lambat "
            "tujuh hari kerja.",
            "Warga cukup mengirimkan foto dan titik lokasi jalan yang rusak.",
            "Cara mengirim aduan:",
            "1. Buka aplikasi dan pilih menu aduan",
            "2. Unggah foto jalan",
            '"Kami ingin warga ikut mengawasi," katanya saat peluncuran di pendopo kabupaten.',
            "Dinas Pekerjaan Umum mencatat 132 kilometer jalan kabupaten dalam kondisi rusak ringan hingga "
            "berat.",
            "Anggaran perbaikan tahun ini sebesar Rp45 miliar.",
            "Aplikasi itu bisa diunduh gratis di Play Store, sedangkan versi untuk iPhone menyusul bulan depan.",
            "Pemkab juga membuka akun Instagram dan Twitter resmi untuk menjawab pertanyaan warga.",
        ),
    ),
    Story(
        "Kapal Nelayan Terbalik di Perairan Tanjung Rawa, Dua Orang Hilang",
        "Tanjung Rawa",
        "Sebuah kapal nelayan terbalik dihantam gelombang tinggi di perairan Tanjung Rawa pada Kamis sore.",
        (
            "Dari lima awak kapal, tiga orang berhasil diselamatkan nelayan lain yang melintas.",
            "Tim SAR gabungan masih mencari dua awak yang hilang.",
            "Kepala Kantor SAR setempat, Yusuf Hamdani, mengatakan tinggi gelombang mencapai tiga meter.",
            '"Pencarian kami perluas hingga radius sepuluh mil laut," ujar Yusuf.',
            "BMKG telah mengeluarkan peringatan dini gelombang tinggi sejak Rabu.",
        ),
    ),
    Story(
        "Ribuan Pelari Ikuti Lomba Lari 10K Keliling Kota Sumberwangi",
        "Sumberwangi",
        "Sekitar 3.500 pelari mengikuti lomba lari 10 kilometer yang mengelilingi pusat Kota Sumberwangi "
        "pada Minggu pagi.",
        (
            "Peserta datang dari 18 kabupaten dan kota.",
            "Juara kategori putra, Andi Prasetyo, mencatat waktu 31 menit 12 detik.",
            "Hasil Lengkap",
            '"Rutenya datar, jadi bisa lari cepat," kata Andi.',
            "Panitia menutup sebagian ruas jalan protokol selama tiga jam.",
            "Penyelenggara berencana menjadikan lomba ini agenda tahunan.",
            "Pendaftaran dibuka melalui situs resmi panitia dan ditutup sepekan sebelum lomba.",
        ),
    ),
    Story(
        "Sekolah di Desa Tlogosari Kekurangan Guru, Satu Guru Ajar Tiga Kelas",
        "Tlogosari",
        "Sebuah sekolah dasar negeri di Desa Tlogosari hanya memiliki dua guru berstatus pegawai untuk "
        "enam kelas.",
        (
            "Kepala sekolah, Siti Aminah, mengaku sudah tiga kali mengajukan tambahan guru ke dinas.",
            "Akibatnya, satu guru harus mengajar tiga kelas sekaligus.",
            '"Anak-anak tetap semangat, tapi kami kewalahan," ujarnya.',
            "Dinas Pendidikan menyatakan akan menempatkan guru honorer mulai semester depan.",
            "Sekolah itu memiliki 146 murid.",
        ),
    ),
    Story(
        "Jembatan Gantung Penghubung Dua Dusun di Cemara Putus",
        "Cemara",
        "Jembatan gantung yang menghubungkan Dusun Krajan dan Dusun Kalisari di Desa Cemara putus pada "
        "Jumat siang.",
        (
            "Saat kejadian, tidak ada warga yang sedang melintas.",
            "Warga kini harus memutar sejauh tujuh kilometer untuk menuju pasar dan sekolah.",
            "Kepala desa, Bambang Irawan, mengatakan jembatan itu dibangun pada 2009 dan belum pernah "
            "diperbaiki.",
            '"Kami minta jembatan darurat secepatnya," katanya.',
            "Video detik-detik jembatan putus beredar luas di media sosial.",
            "Rekaman yang diunggah ke Facebook dan TikTok itu sudah ditonton lebih dari 200 ribu kali.",
        ),
    ),
)

# Invented headlines for related-article teasers and "read also" links.
TEASERS: tuple[str, ...] = (
    "Lima Tips Menyimpan Cabai Agar Tidak Cepat Busuk",
    "Jadwal Pemadaman Listrik Bergilir Pekan Ini",
    "Cuaca Ekstrem Diprediksi Hingga Akhir Bulan",
    "Tim Sepak Bola Daerah Lolos ke Babak Final",
    "Kisah Penjual Bakso yang Sukses Buka 20 Cabang",
    "Harga Emas Hari Ini Turun Tipis",
    "Warga Keluhkan Antrean Panjang di Kantor Samsat",
    "Daftar Lokasi SIM Keliling Akhir Pekan",
)
