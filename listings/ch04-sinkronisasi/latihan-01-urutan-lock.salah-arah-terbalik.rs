// Jawaban salah: urutan kuncinya benar, tetapi yang pertama dikunci selalu
// dikurangi. Bila rekening tujuan ber-id lebih kecil, uangnya berpindah ke arah
// yang salah.
// DITOLAK: saldo seharusnya X 500 dan Y 1500
let (first, second) = if from.id() < to.id() { (from, to) } else { (to, from) };
let mut a = first.lock();
let mut b = second.lock();
*a -= amount;
*b += amount;
