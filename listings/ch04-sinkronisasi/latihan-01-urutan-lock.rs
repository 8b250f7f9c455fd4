//! Latihan 4.1: transfer antar-rekening yang tidak bisa deadlock, ke arah
//! mana pun uangnya pindah.
use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use bank::Account;

/// Pindahkan `amount` dari `from` ke `to`. Kedua rekening harus terkunci
/// bersamaan selama pemindahan.
fn transfer(from: &Account, to: &Account, amount: i64) {
    // LATIHAN: Kunci kedua rekening dengan `lock()` dalam SATU urutan untuk
    // semua transfer (bandingkan `id()`), lalu pindahkan `amount`. Kode ini
    // bisa macet bila dua transfer berlawanan arah berjalan bersamaan:
    //     let mut source = from.lock();
    //     let mut target = to.lock();
    //     *source -= amount;
    //     *target += amount;
    let from_first = from.id() < to.id();
    let (first, second) = if from_first { (from, to) } else { (to, from) };
    let mut a = first.lock();
    let mut b = second.lock();
    let (source, target) = if from_first {
        (&mut *a, &mut *b)
    } else {
        (&mut *b, &mut *a)
    };
    *source -= amount;
    *target += amount;
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

static X: Account = Account::new(1, "X", 1000);
static Y: Account = Account::new(2, "Y", 1000);

fn main() {
    // 1. Satu thread, satu transfer ke setiap arah: catat urutan kuncinya.
    let (xy, yx) = run_reader(|| {
        let xy = bank::record(&[&X, &Y], || transfer(&X, &Y, 5));
        let yx = bank::record(&[&X, &Y], || transfer(&Y, &X, 5));
        (xy, yx)
    })
    .unwrap_or_else(|e| wrong(&e, "pakai `lock()` pada kedua rekening."));
    println!("Transfer X ke Y mengunci: {:?}", xy.order);
    println!("Transfer Y ke X mengunci: {:?}", yx.order);
    if xy.most_held < 2 || yx.most_held < 2 {
        wrong(
            "kedua rekening tidak terkunci bersamaan",
            "ambil kedua lock dulu, baru pindahkan uangnya. Di antara dua \
             lock yang terpisah, thread lain bisa melihat jumlah saldo yang \
             salah: uangnya sedang \"di jalan\".",
        );
    }
    if xy.order.first() != yx.order.first() {
        wrong(
            "kedua arah mengunci dalam urutan bersilangan. Dua transfer \
             seperti ini yang berjalan bersamaan bisa saling menunggu \
             selamanya (Listing 4.9)",
            "tentukan urutan dari `id()`, bukan dari arah transfer: kunci \
             rekening ber-id kecil dulu, baru tentukan mana asal dan mana \
             tujuan.",
        );
    }
    // 2. Dua thread, 500 transfer ke arah berlawanan, bersamaan.
    run_reader(|| {
        let a = thread::spawn(|| (0..500).for_each(|_| transfer(&X, &Y, 2)));
        let b = thread::spawn(|| (0..500).for_each(|_| transfer(&Y, &X, 1)));
        (a.join().is_ok(), b.join().is_ok())
    })
    .unwrap_or_else(|e| wrong(&e, "kunci dalam satu urutan di kedua arah."));
    let (x, y) = (X.balance(), Y.balance());
    println!("Saldo X: {x}, saldo Y: {y}, jumlah: {}", x + y);
    if (x, y) != (500, 1500) {
        wrong(
            "saldo seharusnya X 500 dan Y 1500",
            "kurangi rekening ASAL dan tambah rekening TUJUAN, apa pun \
             urutan kuncinya.",
        );
    }
    println!("Benar: satu urutan kunci di kedua arah, 1000 transfer lancar.");
}

/// Rekening untuk latihan ini: `lock()` mengunci saldonya. Selama
/// `record`, `lock()` juga mencatat urutan kunci thread itu (untuk pemeriksa).
mod bank {
    use std::cell::RefCell;
    use std::sync::{Mutex, MutexGuard};

    pub struct Account {
        id: u32,
        name: &'static str,
        balance: Mutex<i64>,
    }

    #[derive(Default)]
    pub struct Record {
        pub order: Vec<&'static str>,
        pub most_held: usize,
        all: Vec<&'static Account>,
    }

    thread_local!(static REC: RefCell<Option<Record>> = RefCell::default());

    impl Account {
        pub const fn new(id: u32, name: &'static str, balance: i64) -> Self {
            let balance = Mutex::new(balance);
            Account { id, name, balance }
        }
        pub fn id(&self) -> u32 {
            self.id
        }
        pub fn lock(&self) -> MutexGuard<'_, i64> {
            let guard = self.balance.lock().unwrap_or_else(|e| e.into_inner());
            REC.with_borrow_mut(|rec| {
                if let Some(r) = rec {
                    // Hanya satu thread yang berjalan selama pencatatan:
                    // rekening lain yang terkunci dipegang thread ini.
                    let held = r.all.iter().filter(|a| a.is_locked()).count();
                    r.order.push(self.name);
                    r.most_held = r.most_held.max(held);
                }
            });
            guard
        }
        fn is_locked(&self) -> bool {
            self.balance.try_lock().is_err()
        }
        pub fn balance(&self) -> i64 {
            *self.balance.lock().unwrap_or_else(|e| e.into_inner())
        }
    }

    /// Jalankan `f` di thread ini sambil mencatat kunci-kuncinya.
    pub fn record(all: &[&'static Account], f: impl FnOnce()) -> Record {
        let all = all.to_vec();
        REC.set(Some(Record {
            all,
            ..Record::default()
        }));
        f();
        REC.take().unwrap_or_default()
    }
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu 3 detik. Panic
/// (juga di thread yang ia buat) tidak dicetak sebagai jejak, tetapi
/// dilaporkan.
fn run_reader<T, F>(f: F) -> Result<T, String>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (panic_tx, panics) = mpsc::channel();
    panic::set_hook(Box::new(move |info| {
        let msg = info.payload_as_str().unwrap_or("panic");
        let _ = panic_tx.send(msg.to_string());
    }));
    let (done_tx, done) = mpsc::channel();
    let f = panic::AssertUnwindSafe(f);
    thread::spawn(move || done_tx.send(panic::catch_unwind(f)));
    let result = done.recv_timeout(Duration::from_secs(3));
    let panics: Vec<String> = panics.try_iter().collect();
    if panics.iter().any(|m| m.starts_with("not yet implemented")) {
        println!("Belum dikerjakan: ganti `todo!()` dengan kode Anda.");
        std::process::exit(1);
    }
    match result {
        Ok(Ok(value)) if panics.is_empty() => Ok(value),
        Ok(_) => Err(format!("kode Anda panic: {}", panics.join("; "))),
        Err(_) => Err("kode Anda tidak selesai dalam 3 detik".to_string()),
    }
}

/// Putusan "belum benar": apa yang salah, petunjuk, kode keluar 1.
fn wrong(what: &str, hint: &str) -> ! {
    println!("Belum benar: {what}.");
    println!("Petunjuk: {hint}");
    std::process::exit(1);
}
