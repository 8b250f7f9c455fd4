//! Latihan 5.3: tebak dulu, lalu tanya compiler. Tipe mana yang `Send`
//! (boleh pindah ke thread lain) dan mana yang `Sync` (boleh dipakai bersama
//! lewat `&T`)?
use std::cell::{Cell, RefCell};
use std::panic;
use std::rc::Rc;
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::Duration;

/// Tipe yang ditanyakan, dalam urutan tebakan.
const TYPES: [&str; 6] = [
    "Rc<i32>",
    "Cell<i32>",
    "Arc<RefCell<i32>>",
    "Arc<Mutex<i32>>",
    "Mutex<Cell<i32>>",
    "&RefCell<i32>",
];

/// Tebakan Anda, satu pasangan (`Send`?, `Sync`?) untuk setiap tipe di
/// `TYPES`, dalam urutan yang sama.
fn prediction() -> [(bool, bool); 6] {
    // LATIHAN: Untuk setiap tipe di `TYPES`, tebak apakah ia `Send` dan
    // apakah ia `Sync`, misalnya `(true, false)`. Jangan jalankan dulu!
    [
        (false, false), // Rc<i32>
        (true, false),  // Cell<i32>
        (false, false), // Arc<RefCell<i32>>
        (true, true),   // Arc<Mutex<i32>>
        (true, true),   // Mutex<Cell<i32>>
        (false, false), // &RefCell<i32>
    ]
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

use probe::{IsSend as _, IsSync as _, NotSend as _, NotSync as _};

/// Jawaban compiler untuk tipe `$t`: (`Send`?, `Sync`?). Metode `IsSend`
/// hanya ada bila `$t: Send`; bila tidak, pemanggilan jatuh ke `NotSend`.
macro_rules! ask {
    ($t:ty) => {{
        let p = &probe::Probe::<$t>::new();
        (p.send(), p.sync())
    }};
}

const HINTS: [&str; 6] = [
    "penghitung pemilik `Rc` bukan atomik: ia tidak boleh pindah ke thread \
     lain, apalagi dipakai bersama (Listing 5.4).",
    "`Cell` boleh pindah ke thread lain (pemilik barunya memakainya \
     sendirian), tetapi mengubahnya lewat `&Cell` dari dua thread adalah \
     data race.",
    "`Arc<T>` hanya `Send` dan `Sync` bila `T` `Send` DAN `Sync`. `Arc` \
     mengamankan penghitung pemiliknya, bukan isinya, dan `RefCell` tidak \
     `Sync`.",
    "`Mutex<i32>` `Send` dan `Sync`, jadi `Arc` di atasnya juga (Listing \
     5.6).",
    "`Mutex<T>` sudah `Sync` bila `T` cukup `Send`: lock menjamin hanya satu \
     thread yang menyentuh isinya pada satu waktu.",
    "`T` adalah `Sync` tepat bila `&T` adalah `Send`. `RefCell` tidak \
     `Sync`, jadi referensinya tidak boleh pindah ke thread lain \
     (Listing 5.5), dan `&T` sendiri `Sync` hanya bila `T` `Sync`.",
];

fn main() {
    let hint = "kembalikan enam pasangan, misalnya `(true, false)`.";
    let guess = run_reader(prediction).unwrap_or_else(|e| wrong(&e, hint));
    let actual = [
        ask!(Rc<i32>),
        ask!(Cell<i32>),
        ask!(Arc<RefCell<i32>>),
        ask!(Arc<Mutex<i32>>),
        ask!(Mutex<Cell<i32>>),
        ask!(&'static RefCell<i32>),
    ];
    let show = |(send, sync): (bool, bool)| {
        let yn = |b| if b { "ya" } else { "tidak" };
        format!("Send {}, Sync {}", yn(send), yn(sync))
    };
    for i in 0..TYPES.len() {
        println!(
            "{}: tebakan {}; compiler: {}",
            TYPES[i],
            show(guess[i]),
            show(actual[i])
        );
    }
    let right = (0..TYPES.len()).filter(|&i| guess[i] == actual[i]).count();
    if let Some(i) = (0..TYPES.len()).find(|&i| guess[i] != actual[i]) {
        let what = format!(
            "{right} dari {} tebakan tepat; tebakan untuk {} salah",
            TYPES.len(),
            TYPES[i]
        );
        wrong(&what, HINTS[i]);
    }
    println!("Benar: keenam tebakan sama dengan jawaban compiler.");
}

/// Bertanya ke compiler lewat resolusi metode ("autoref specialization"):
/// untuk `(&Probe<T>).send()`, compiler mencoba `IsSend` (penerima
/// `&Probe<T>`) lebih dulu, dan memakainya hanya bila `T: Send`.
mod probe {
    use std::marker::PhantomData;

    pub struct Probe<T: ?Sized>(PhantomData<T>);

    impl<T: ?Sized> Probe<T> {
        pub fn new() -> Self {
            Probe(PhantomData)
        }
    }

    pub trait IsSend {
        fn send(&self) -> bool {
            true
        }
    }
    impl<T: ?Sized + Send> IsSend for Probe<T> {}

    pub trait NotSend {
        fn send(&self) -> bool {
            false
        }
    }
    impl<T: ?Sized> NotSend for &Probe<T> {}

    pub trait IsSync {
        fn sync(&self) -> bool {
            true
        }
    }
    impl<T: ?Sized + Sync> IsSync for Probe<T> {}

    pub trait NotSync {
        fn sync(&self) -> bool {
            false
        }
    }
    impl<T: ?Sized> NotSync for &Probe<T> {}
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu 3 detik. Panic
/// tidak dicetak sebagai jejak, tetapi dilaporkan.
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
