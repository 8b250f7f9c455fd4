// Jawaban salah: berkas sementara dan `rename` sudah benar, tetapi `?`
// langsung keluar saat `write` gagal, sehingga berkas sementara yang
// setengah jadi tertinggal di folder keluaran.
// DITOLAK: tertinggal
let (dir, name) = path.rsplit_once('/').unwrap_or((".", path));
let tmp = format!("{dir}/.{name}.tmp");
disk.write(&tmp, bytes)?;
disk.rename(&tmp, path)
