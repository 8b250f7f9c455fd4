//! Varian rusak (fixture) setiap primitif Bab 4: masing-masing salinan kecil
//! dengan SATU kesalahan yang lazim, diuji oleh model yang sama dengan
//! listing aslinya. Loom harus menolak semuanya; kalau tidak, modelnya
//! terlalu lemah. (Bug ajar Bab 13 sendiri, Listing 13.1 dan 13.2, adalah
//! varian rusak untuk model `event` dan `message`.)

pub mod condition_notify_first;
pub mod event_notify_one;
pub mod rlock_per_level;
pub mod semaphore_if;
