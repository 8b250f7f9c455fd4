// Jawaban salah: mengunci menurut urutan argumen, rekening asal dulu. Transfer
// X ke Y mengunci X lalu Y, transfer Y ke X mengunci Y lalu X: persis pola
// Listing 4.9. Pemeriksa menolaknya dari urutan kunci yang tercatat, sebelum
// kedua arah sempat berjalan bersamaan dan macet.
// DITOLAK: kedua arah mengunci dalam urutan bersilangan
let mut source = from.lock();
let mut target = to.lock();
*source -= amount;
*target += amount;
