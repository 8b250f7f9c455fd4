//! `thread_local!`: setiap thread punya salinan datanya sendiri
//! (Python: `threading.local()`).
use std::cell::{Cell, RefCell};
use std::thread;
use std::time::Instant;

// ANCHOR: deklarasi
thread_local! {
    static REQUEST_ID: Cell<Option<u32>> = const { Cell::new(None) };
    static START: Cell<Option<Instant>> = const { Cell::new(None) };
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}
// ANCHOR_END: deklarasi

// ANCHOR: pakai
fn process_request(request_id: u32) -> Vec<String> {
    // Thread baru mulai dengan nilai awal, bukan nilai milik thread lain.
    let me = thread::current();
    let name = me.name().unwrap_or("<tanpa nama>");
    println!("  {name}: REQUEST_ID saat mulai = {:?}", REQUEST_ID.get());
    // Isi data khusus untuk thread ini saja.
    REQUEST_ID.set(Some(request_id));
    START.set(Some(Instant::now()));
    let entry = format!("mulai permintaan {request_id}");
    LOG.with_borrow_mut(|log| log.push(entry));
    do_work();
    LOG.take() // catatan milik thread ini, dikembalikan lewat join
}

/// Tidak menerima parameter: membaca data thread-local milik thread pemanggil.
fn do_work() {
    let rid = REQUEST_ID
        .get()
        .expect("REQUEST_ID belum diisi di thread ini");
    let elapsed = START.get().unwrap().elapsed();
    let me = thread::current();
    let name = me.name().unwrap_or("<tanpa nama>");
    println!(
        "  Permintaan {rid} diproses oleh {name} ({} µs)",
        elapsed.as_micros()
    );
    LOG.with_borrow_mut(|log| log.push(format!("kerjakan permintaan {rid}")));
}
// ANCHOR_END: pakai

fn main() {
    // ANCHOR: main
    REQUEST_ID.set(Some(99)); // nilai milik thread main
    let handles: Vec<_> = (0..5)
        .map(|i| {
            thread::Builder::new()
                .name(format!("pekerja-{i}"))
                .spawn(move || process_request(i))
                .expect("gagal membuat thread")
        })
        .collect();
    for (i, handle) in handles.into_iter().enumerate() {
        println!("Catatan pekerja-{i}: {:?}", handle.join().unwrap());
    }
    println!("REQUEST_ID di thread main tetap: {:?}", REQUEST_ID.get());
    println!(
        "Catatan di thread main: {} entri",
        LOG.with_borrow(Vec::len)
    );
    // ANCHOR_END: main
}
