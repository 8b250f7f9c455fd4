//! Satu-satunya tempat jalur berkas listing yang diperiksa model loom. Bila
//! listing dipindah atau dinomori ulang, ubah satu baris `include!` di sini;
//! bila jalurnya salah, kompilasi berhenti dengan pesan "couldn't read
//! `.../NN-nama.rs`" yang menyebut berkasnya.
//!
//! Setiap listing di-include utuh (kode yang sama dengan yang ditampilkan
//! buku); saklar `mod sync` di listing itu memilih `crate::loom_sync` karena
//! paket ini dikompilasi dengan `--cfg loom`. Tipe dan fungsi listing bersifat
//! privat, jadi setiap modul menambahkan implementasi trait dari
//! [`crate::models`] di sampingnya: hanya meneruskan panggilan.

#![allow(dead_code)] // `main` setiap listing tidak dipakai di sini

use crate::models::{EventApi, MessageApi, QueueApi, RecursionApi, SemaphoreApi};

// ANCHOR: listing
/// Sisipkan listing `$path` (relatif terhadap akar repositori) ke modul ini
/// dan catat jalurnya di `FILE` untuk laporan.
macro_rules! listing {
    ($path:literal) => {
        include!(concat!("../../", $path));
        pub const FILE: &str = $path;
    };
}

/// Listing 4.11: `Event` dari `Mutex<bool>` + `Condvar`.
pub mod event {
    listing!("listings/ch04-sinkronisasi/11-event.rs");

    impl super::EventApi for Event {
        fn new() -> Self {
            Event::new()
        }
        fn set(&self) {
            Event::set(self)
        }
        fn wait(&self) {
            Event::wait(self)
        }
    }
    pub fn model() {
        crate::models::event::<Event>()
    }
}
// ANCHOR_END: listing

/// Listing 4.12: produsen dan konsumen dengan `Mutex<VecDeque>` + `Condvar`.
pub mod condition {
    listing!("listings/ch04-sinkronisasi/12-condition.rs");

    struct Api;
    impl super::QueueApi for Api {
        fn produce(buffer: &Mutex<VecDeque<u32>>, not_empty: &Condvar, item: u32) {
            produce(buffer, not_empty, item)
        }
        fn consume(buffer: &Mutex<VecDeque<u32>>, not_empty: &Condvar) -> u32 {
            consume(buffer, not_empty)
        }
    }
    pub fn model() {
        crate::models::queue::<Api>()
    }
}

/// Listing 4.13: semaphore penghitung dengan izin RAII.
pub mod semaphore {
    listing!("listings/ch04-sinkronisasi/13-semaphore.rs");

    impl super::SemaphoreApi for Semaphore {
        type Permit<'a> = Permit<'a>;
        fn new(permits: usize) -> Self {
            Semaphore::new(permits)
        }
        fn acquire(&self) -> Permit<'_> {
            Semaphore::acquire(self)
        }
    }
    pub fn model() {
        crate::models::semaphore::<Semaphore>()
    }
}

/// Listing 4.8: pengganti `RLock`, kunci sekali lalu rekursi dengan `&mut`.
pub mod rlock {
    listing!("listings/ch04-sinkronisasi/08-rlock-restrukturisasi.rs");

    struct Api;
    impl super::RecursionApi for Api {
        fn recursive_example(lock: &Mutex<Vec<String>>, who: &str, depth: u32) {
            recursive_example(lock, who, depth)
        }
    }
    pub fn model() {
        crate::models::recursion::<Api>()
    }
}

/// Listing 13.1: `Event` dengan *lost wakeup* (bug ajar Bab 13).
pub mod event_bocor {
    listing!("listings/ch13-menguji/01-event-bocor.rs");

    impl super::EventApi for LeakyEvent {
        fn new() -> Self {
            LeakyEvent::new()
        }
        fn set(&self) {
            LeakyEvent::set(self)
        }
        fn wait(&self) {
            LeakyEvent::wait(self)
        }
    }
    pub fn model() {
        crate::models::event::<LeakyEvent>()
    }
}

/// Listing 13.2: data + bendera, keduanya `Relaxed` (bug ajar Bab 13).
pub mod pesan_relaxed {
    listing!("listings/ch13-menguji/02-pesan-relaxed.rs");

    struct Api;
    impl super::MessageApi for Api {
        fn publish(data: &AtomicU64, ready: &AtomicBool, value: u64) {
            publish(data, ready, value)
        }
        fn try_read(data: &AtomicU64, ready: &AtomicBool) -> Option<u64> {
            try_read(data, ready)
        }
    }
    pub fn model() {
        crate::models::message::<Api>()
    }
}

/// Listing 13.3: bendera dengan `Release`/`Acquire`.
pub mod pesan_release_acquire {
    listing!("listings/ch13-menguji/03-pesan-release-acquire.rs");

    struct Api;
    impl super::MessageApi for Api {
        fn publish(data: &AtomicU64, ready: &AtomicBool, value: u64) {
            publish(data, ready, value)
        }
        fn try_read(data: &AtomicU64, ready: &AtomicBool) -> Option<u64> {
            try_read(data, ready)
        }
    }
    pub fn model() {
        crate::models::message::<Api>()
    }
}
