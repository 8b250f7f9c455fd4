// Jawaban salah: kode semula, `thread::spawn` dengan closure yang meminjam
// `left` dan `right`. Compiler menolaknya: pinjaman dari `data` tidak boleh
// dibawa ke thread yang bisa hidup lebih lama dari pemanggil.
// DITOLAK: E0521
let (left, right) = data.split_at(data.len() / 2);
let a = thread::spawn(|| sum_part(left));
let b = thread::spawn(|| sum_part(right));
(a.join().unwrap(), b.join().unwrap())
