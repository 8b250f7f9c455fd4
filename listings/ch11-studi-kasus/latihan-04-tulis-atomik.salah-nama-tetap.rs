// Jawaban salah: berkas sementara di folder yang sama, tetapi namanya sama
// untuk setiap tujuan. Satu per satu itu aman; dengan rayon, dua tugas yang
// menulis bersamaan saling menimpa berkas sementara yang sama, dan salah
// satunya me-rename isi milik tugas lain ke tujuannya.
// DITOLAK: yang sama dipakai untuk
let (dir, _) = path.rsplit_once('/').unwrap_or((".", path));
let tmp = format!("{dir}/.sementara.tmp");
let result = disk.write(&tmp, bytes).and_then(|()| disk.rename(&tmp, path));
if result.is_err() {
    let _ = disk.remove_file(&tmp);
}
result
