// Jawaban salah: kode semula. Closure `for_each` rayon harus `Fn` (boleh
// dipanggil dari beberapa thread sekaligus), sedangkan `report.done.push`
// butuh pinjaman `&mut` atas `report` milik pemanggil. Compiler menolaknya:
// tanpa itu, dua thread bisa menambah ke `Vec` yang sama bersamaan.
// DITOLAK: E0596
let mut report = Report::default();
images.par_iter().for_each(|img| match process_image(img) {
    Ok(sum) => report.done.push((img.name.clone(), sum)),
    Err(e) => report.failed.push(format!("{}: {e}", img.name)),
});
report
