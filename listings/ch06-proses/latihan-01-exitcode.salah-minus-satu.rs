// Jawaban salah: mengganti "tidak ada kode keluar" dengan -1. Induk tidak lagi
// panic, tetapi tidak bisa membedakan SIGABRT dari SIGKILL, padahal Python
// melaporkan keduanya sebagai -6 dan -9.
// DITOLAK: seharusnya -6, bukan -1
status.code().unwrap_or(-1)
