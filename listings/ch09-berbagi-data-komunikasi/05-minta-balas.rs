use std::sync::mpsc::{self, Sender};
use std::thread;

// ANCHOR: inti
/// Sebuah permintaan membawa "amplop balasan": `Sender` tempat
/// jawabannya dikirim.
struct Request {
    n: u64,
    reply: Sender<u64>,
}

fn server(requests: mpsc::Receiver<Request>) {
    for req in requests {
        // Klien mungkin sudah pergi; balasan yang tak terkirim diabaikan saja.
        let _ = req.reply.send(req.n * req.n);
    }
    println!("Server: semua klien selesai, server berhenti");
}

fn client(name: &str, server: Sender<Request>, numbers: &[u64]) {
    for &n in numbers {
        let (reply_tx, reply_rx) = mpsc::channel();
        server.send(Request { n, reply: reply_tx }).unwrap();
        let answer = reply_rx.recv().unwrap();
        println!("Klien {name}: kuadrat {n} = {answer}");
    }
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let srv = thread::spawn(move || server(rx));

    let tx_b = tx.clone();
    let a = thread::spawn(move || client("A", tx, &[2, 3, 4]));
    let b = thread::spawn(move || client("B", tx_b, &[10, 11, 12]));
    a.join().unwrap();
    b.join().unwrap();
    // Kedua klien sudah selesai, semua Sender<Request> sudah di-drop.
    srv.join().unwrap();
}
// ANCHOR_END: inti
