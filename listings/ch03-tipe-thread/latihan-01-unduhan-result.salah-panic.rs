// Jawaban salah: galat dari `fetch` diubah menjadi panic dengan `expect`.
// Thread-nya mati, dan pemanggil hanya menerima muatan panic, bukan
// `DownloadError` yang bisa diperiksa.
// DITOLAK: kode Anda panic: unduhan gagal
thread::spawn(move || Ok(fetch(&self.url).expect("unduhan gagal")))
