// Jawaban salah: menganggap RwLock sama dengan Mutex, empat kali 100 ms untuk
// keduanya. Padahal `read()` tidak saling menghalangi: keempat pembaca memegang
// read lock bersamaan.
// DITOLAK: tebakan untuk RwLock terlalu jauh
(400, 400)
