//! Model loom: apa yang dijalankan di setiap eksekusi, dan apa yang harus
//! berlaku di *setiap* interleaving. Satu fungsi per jenis primitif, generik
//! atas trait kecil yang diimplementasikan listing (lewat `listings.rs`) dan
//! varian rusaknya (`fixtures/`), jadi keduanya diuji oleh kode yang sama.
//!
//! Selain `assert!` di bawah, loom sendiri menolak eksekusi yang semua
//! thread-nya tertidur (deadlock, termasuk *lost wakeup*).
//!
//! `Arc` di sini milik std, bukan loom: `Arc` loom menyentuh penjadwal saat
//! di-drop, termasuk saat thread sedang dibongkar karena panic, dan panic
//! kedua itu menghentikan proses sebelum loom sempat melapor. Hitungan
//! referensinya memang bukan yang diuji.
//!
//! Penanda milik model (mis. "set() sudah dipanggil") memakai atomik std:
//! loom tidak melihatnya, jadi tidak menambah jadwal yang dijelajah; karena
//! loom menjalankan thread-nya bergiliran, nilainya mengikuti urutan jadwal.

use crate::loom_sync::atomic::{AtomicBool, AtomicU64};
use crate::loom_sync::{Condvar, Mutex, note};
use loom::thread;
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::Ordering::SeqCst;

fn spawn<F>(name: &str, f: F) -> thread::JoinHandle<()>
where
    F: FnOnce() + Send + 'static,
{
    thread::Builder::new()
        .name(name.to_string())
        .spawn(f)
        .unwrap()
}

/// `threading.Event`: `new`, `set`, `wait`.
pub trait EventApi: Send + Sync + 'static {
    fn new() -> Self;
    fn set(&self);
    fn wait(&self);
}

// ANCHOR: event
/// Dua penunggu dan satu penyetel (thread utama). Setiap `wait()` harus
/// kembali, dan tidak ada yang kembali sebelum `set()` dipanggil.
pub fn event<E: EventApi>() {
    let event = Arc::new(E::new());
    let set_called = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let waiters: Vec<_> = (1..=2)
        .map(|i| {
            let (event, set_called) = (event.clone(), set_called.clone());
            spawn(&format!("penunggu-{i}"), move || {
                note("memanggil wait()");
                event.wait();
                note("wait() kembali");
                assert!(
                    set_called.load(SeqCst),
                    "wait() kembali sebelum set() dipanggil"
                );
            })
        })
        .collect();
    note("memanggil set()");
    set_called.store(true, SeqCst);
    event.set();
    for waiter in waiters {
        waiter.join().unwrap();
    }
}
// ANCHOR_END: event

/// Antrean produsen-konsumen: dua fungsi di atas `Mutex<VecDeque>` + `Condvar`.
pub trait QueueApi {
    fn produce(buffer: &Mutex<VecDeque<u32>>, not_empty: &Condvar, item: u32);
    fn consume(buffer: &Mutex<VecDeque<u32>>, not_empty: &Condvar) -> u32;
}

/// Item dalam antrean produsen-konsumen.
const ITEMS: u32 = 3;

/// Satu produsen menaruh 0, 1, 2; konsumen (thread utama) harus menerima
/// ketiganya, tepat dalam urutan itu, tanpa tertidur selamanya.
pub fn queue<Q: QueueApi>() {
    let shared = Arc::new((Mutex::new(VecDeque::new()), Condvar::new()));
    let producer = {
        let shared = shared.clone();
        spawn("produsen", move || {
            for item in 0..ITEMS {
                Q::produce(&shared.0, &shared.1, item);
            }
        })
    };
    for expected in 0..ITEMS {
        let item = Q::consume(&shared.0, &shared.1);
        note(&format!("menerima item {item}"));
        assert_eq!(item, expected, "item keluar tidak urut");
    }
    producer.join().unwrap();
}

/// Semaphore penghitung dengan izin RAII.
pub trait SemaphoreApi: Send + Sync + 'static {
    type Permit<'a>
    where
        Self: 'a;
    fn new(permits: usize) -> Self;
    fn acquire(&self) -> Self::Permit<'_>;
}

const PERMITS: usize = 1;
const WORKERS: usize = 3;

/// Tiga pekerja berebut satu izin. Pemegang izin tidak pernah lebih dari
/// satu, dan semua pekerja selesai. Penghitung pemegang memakai atomik loom
/// supaya loom bisa menyela pekerja *selagi* ia memegang izin.
pub fn semaphore<S: SemaphoreApi>() {
    let sem = Arc::new(S::new(PERMITS));
    let holders = Arc::new(loom::sync::atomic::AtomicUsize::new(0));
    let workers: Vec<_> = (1..=WORKERS)
        .map(|i| {
            let (sem, holders) = (sem.clone(), holders.clone());
            spawn(&format!("pekerja-{i}"), move || {
                note("memanggil acquire()");
                let permit = sem.acquire();
                let now = holders.fetch_add(1, SeqCst) + 1;
                note(&format!("memegang izin (pemegang sekarang: {now})"));
                assert!(
                    now <= PERMITS,
                    "{now} pemegang izin sekaligus, batasnya {PERMITS}"
                );
                holders.fetch_sub(1, SeqCst);
                drop(permit);
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
}

/// Pengganti `RLock`: pintu masuk yang mengunci, lalu rekursi.
pub trait RecursionApi {
    fn recursive_example(lock: &Mutex<Vec<String>>, who: &str, depth: u32);
}

/// Dua thread masuk bersamaan dengan kedalaman 2. Catatan masing-masing harus
/// utuh berurutan (A2 A1 B2 B1 atau B2 B1 A2 A1): rekursi satu thread tidak
/// pernah disela thread lain.
pub fn recursion<R: RecursionApi + 'static>() {
    let lock = Arc::new(Mutex::new(Vec::new()));
    let other = {
        let lock = lock.clone();
        spawn("B", move || R::recursive_example(&lock, "B", 2))
    };
    R::recursive_example(&lock, "A", 2);
    other.join().unwrap();
    let visited = lock.lock().unwrap().clone();
    assert!(
        visited == ["A2", "A1", "B2", "B1"] || visited == ["B2", "B1", "A2", "A1"],
        "rekursi dua thread bercampur: {visited:?}"
    );
}

/// Data + bendera: penulis mengisi data lalu menaikkan bendera.
pub trait MessageApi {
    fn publish(data: &AtomicU64, ready: &AtomicBool, value: u64);
    fn try_read(data: &AtomicU64, ready: &AtomicBool) -> Option<u64>;
}

/// Penulis menerbitkan 42; pembaca (thread utama) membaca sekali. Bila
/// bendera sudah terlihat naik, data yang terbaca harus 42, bukan 0.
pub fn message<M: MessageApi + 'static>() {
    let shared = Arc::new((AtomicU64::new(0), AtomicBool::new(false)));
    let writer = {
        let shared = shared.clone();
        spawn("penulis", move || M::publish(&shared.0, &shared.1, 42))
    };
    if let Some(value) = M::try_read(&shared.0, &shared.1) {
        assert_eq!(
            value, 42,
            "bendera sudah naik, tetapi data yang terbaca basi"
        );
    }
    writer.join().unwrap();
}
