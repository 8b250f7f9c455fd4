//! Yang diimpor saklar `mod sync` sebuah listing bila dikompilasi dengan
//! `--cfg loom`: `Mutex`, `Condvar`, `AtomicBool`, dan `AtomicU64` dari loom,
//! masing-masing dibungkus tipis untuk dua hal:
//!
//! 1. `Condvar::wait_while`, yang dipakai listing Bab 4 tetapi tidak ada di
//!    loom 0.7.3. Isinya loop yang sama dengan milik std: selama kondisinya
//!    benar, `wait` lagi.
//! 2. Catatan langkah: setiap `lock`, `wait`, `notify`, `load`, dan `store`
//!    dicatat bersama nama thread dan baris listing yang memanggilnya
//!    (`#[track_caller]`). Bila loom menolak sebuah model, catatan eksekusi
//!    terakhir (yang gagal) adalah interleaving yang dicetak.
//!
//! Pembungkus tidak menambah sinkronisasi apa pun: setiap operasi diteruskan
//! ke loom apa adanya, jadi loom menjelajah jadwal yang sama.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::panic::Location;
use std::sync::LockResult;
use std::sync::atomic::Ordering;

/// Catatan langkah eksekusi yang sedang berjalan. Semua thread loom berjalan
/// bergiliran di satu thread OS, jadi `Mutex` std biasa cukup; ia tidak
/// pernah dipegang melewati titik pergantian thread loom.
static STEPS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Kosongkan catatan (dipanggil di awal setiap eksekusi).
pub fn reset_steps() {
    STEPS.lock().unwrap().clear();
}

/// Ambil catatan eksekusi terakhir.
pub fn take_steps() -> Vec<String> {
    std::mem::take(&mut *STEPS.lock().unwrap())
}

/// Catatan dari model sendiri (bukan dari listing), mis. "memanggil set()".
pub fn note(text: &str) {
    push(None, format_args!("{text}"));
}

fn push(at: Option<&Location<'_>>, what: fmt::Arguments<'_>) {
    // Saat loom membongkar eksekusi yang gagal (panic), status loom tidak
    // boleh disentuh lagi: panic kedua akan menghentikan proses.
    if std::thread::panicking() {
        return;
    }
    let current = loom::thread::current();
    let who = current.name().unwrap_or("utama");
    let mut line = format!("{who:<11}{what}");
    if let Some(at) = at {
        let file = at.file().rsplit(['/', '\\']).next().unwrap_or(at.file());
        let pad = 46usize.saturating_sub(line.chars().count());
        line.push_str(&format!("{:pad$}  {file}:{}", "", at.line()));
    }
    STEPS.lock().unwrap().push(line);
}

/// `Mutex` loom yang mencatat `lock()` dan pelepasannya.
pub struct Mutex<T> {
    inner: loom::sync::Mutex<T>,
}

impl<T> Mutex<T> {
    pub fn new(value: T) -> Self {
        Mutex {
            inner: loom::sync::Mutex::new(value),
        }
    }

    #[track_caller]
    pub fn lock(&self) -> LockResult<MutexGuard<'_, T>> {
        let at = Location::caller();
        push(Some(at), format_args!("lock()"));
        let guard = self.inner.lock().unwrap();
        push(Some(at), format_args!("  ...lock didapat"));
        Ok(MutexGuard { inner: Some(guard) })
    }

    pub fn into_inner(self) -> LockResult<T> {
        self.inner.into_inner()
    }
}

/// Guard dari [`Mutex`]; pelepasannya (drop) ikut dicatat.
pub struct MutexGuard<'a, T> {
    inner: Option<loom::sync::MutexGuard<'a, T>>,
}

impl<T> Deref for MutexGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.inner.as_ref().unwrap()
    }
}

impl<T> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.inner.as_mut().unwrap()
    }
}

impl<T> Drop for MutexGuard<'_, T> {
    fn drop(&mut self) {
        if self.inner.take().is_some() {
            push(None, format_args!("lock dilepas"));
        }
    }
}

/// `Condvar` loom ditambah `wait_while`, dengan catatan langkah.
pub struct Condvar {
    inner: loom::sync::Condvar,
}

impl Condvar {
    #[allow(clippy::new_without_default)] // meniru API std
    pub fn new() -> Self {
        Condvar {
            inner: loom::sync::Condvar::new(),
        }
    }

    #[track_caller]
    pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> LockResult<MutexGuard<'a, T>> {
        Ok(self.wait_at(Location::caller(), guard))
    }

    // ANCHOR: wait_while
    /// Sama dengan `std::sync::Condvar::wait_while`: selama `condition`
    /// benar, tidur lagi; bangun palsu pun ditangani dengan memeriksa ulang.
    #[track_caller]
    pub fn wait_while<'a, T, F>(
        &self,
        mut guard: MutexGuard<'a, T>,
        mut condition: F,
    ) -> LockResult<MutexGuard<'a, T>>
    where
        F: FnMut(&mut T) -> bool,
    {
        let at = Location::caller();
        while condition(&mut guard) {
            guard = self.wait_at(at, guard);
        }
        push(Some(at), format_args!("wait_while: kondisi terpenuhi"));
        Ok(guard)
    }
    // ANCHOR_END: wait_while

    fn wait_at<'a, T>(&self, at: &Location<'_>, mut guard: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
        let inner = guard.inner.take().unwrap();
        push(Some(at), format_args!("wait(): lepas lock, tidur"));
        let inner = self.inner.wait(inner).unwrap();
        push(Some(at), format_args!("  ...bangun, lock didapat lagi"));
        MutexGuard { inner: Some(inner) }
    }

    #[track_caller]
    pub fn notify_one(&self) {
        self.inner.notify_one();
        push(Some(Location::caller()), format_args!("notify_one()"));
    }

    #[track_caller]
    pub fn notify_all(&self) {
        self.inner.notify_all();
        push(Some(Location::caller()), format_args!("notify_all()"));
    }
}

/// Tipe atomik loom yang mencatat nilai yang dibaca dan ditulis.
macro_rules! logged_atomic {
    ($name:ident, $value:ty) => {
        pub struct $name {
            inner: loom::sync::atomic::$name,
        }

        impl $name {
            pub fn new(value: $value) -> Self {
                $name {
                    inner: loom::sync::atomic::$name::new(value),
                }
            }

            #[track_caller]
            pub fn load(&self, order: Ordering) -> $value {
                let value = self.inner.load(order);
                push(
                    Some(Location::caller()),
                    format_args!("load({order:?}) -> {value}"),
                );
                value
            }

            #[track_caller]
            pub fn store(&self, value: $value, order: Ordering) {
                self.inner.store(value, order);
                push(
                    Some(Location::caller()),
                    format_args!("store({value}, {order:?})"),
                );
            }
        }
    };
}

/// Padanan `std::sync::atomic` untuk listing yang memakai saklar.
pub mod atomic {
    use super::{Location, Ordering, push};

    logged_atomic!(AtomicBool, bool);
    logged_atomic!(AtomicU64, u64);
}
