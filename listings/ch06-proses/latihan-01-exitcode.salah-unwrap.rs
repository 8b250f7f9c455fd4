// Jawaban salah: menganggap setiap anak punya kode keluar. Anak yang di-abort
// atau dibunuh dihentikan sinyal dan tidak punya kode keluar: `code()` bernilai
// `None`, dan `unwrap()` membuat induknya sendiri panic.
// DITOLAK: untuk anak yang di-abort kode Anda panic
status.code().unwrap()
