// Jawaban salah: lolos compiler dengan membuang thread-nya. Hasilnya benar,
// tetapi kedua bagian dihitung berurutan di thread pemanggil.
// DITOLAK: bukan di thread pemanggil
let (left, right) = data.split_at(data.len() / 2);
(sum_part(left), sum_part(right))
