use std::sync::Mutex;

// ANCHOR: held
/// Apakah lock sedang dipegang? `try_lock` tidak pernah menunggu: ia gagal
/// seketika bila lock sudah dipegang (juga oleh thread ini sendiri).
fn held(lock: &Mutex<Vec<String>>) -> &'static str {
    if lock.try_lock().is_err() {
        "ya"
    } else {
        "tidak"
    }
}
// ANCHOR_END: held

// ANCHOR: fungsi
/// Padanan `acquire()` + `try/finally`: apa pun jalur keluarnya (return
/// biasa, return lebih awal, `?`, bahkan panic), guard di-drop dan lock
/// dilepas.
fn safe_operation(log: &Mutex<Vec<String>>, fail: bool) -> Result<(), String> {
    let mut guard = log.lock().unwrap();
    if fail {
        return Err("operasi dibatalkan".to_string()); // guard tetap di-drop
    }
    guard.push("operasi terlindungi".to_string());
    Ok(())
}
// ANCHOR_END: fungsi

fn main() {
    // ANCHOR: blok
    let log = Mutex::new(Vec::new());
    {
        let mut guard = log.lock().unwrap(); // seperti masuk `with lock:`
        guard.push("blok".to_string());
        println!("Di dalam blok, lock dipegang: {}", held(&log));
    } // akhir blok: guard di-drop, lock dilepas
    println!("Setelah blok, lock dipegang: {}", held(&log));
    // ANCHOR_END: blok

    // ANCHOR: drop
    let mut guard = log.lock().unwrap();
    guard.push("drop eksplisit".to_string());
    drop(guard); // lepas sekarang, bukan di akhir fungsi
    println!("Setelah drop(guard), lock dipegang: {}", held(&log));
    // ANCHOR_END: drop

    // ANCHOR: jalur
    let result = safe_operation(&log, true);
    println!("Jalur gagal: {result:?}, lock dipegang: {}", held(&log));
    let result = safe_operation(&log, false);
    println!("Jalur sukses: {result:?}, lock dipegang: {}", held(&log));
    println!("Isi log: {:?}", log.lock().unwrap());
    // ANCHOR_END: jalur
}
