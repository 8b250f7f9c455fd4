// Jawaban salah: galatnya dikembalikan, tetapi tanpa alamat; pemanggil tidak
// tahu unduhan mana yang gagal.
// DITOLAK: menyebut alamat ""
thread::spawn(move || {
    fetch(&self.url).map_err(|reason| DownloadError {
        url: String::new(),
        reason,
    })
})
