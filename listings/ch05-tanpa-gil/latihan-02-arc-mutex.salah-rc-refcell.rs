// Jawaban salah: kode semula. `Rc` menghitung pemiliknya dengan penghitung
// biasa, jadi `Rc<...>` tidak `Send`, dan closure yang membawanya tidak boleh
// diberikan ke `thread::spawn` (Listing 5.4).
// DITOLAK: E0277
use std::{cell::RefCell, rc::Rc};
let results = Rc::new(RefCell::new(Vec::new()));
let mut handles = Vec::new();
for x in 1..=4 {
    let results = Rc::clone(&results);
    handles.push(thread::spawn(move || {
        results.borrow_mut().push(square(x));
    }));
}
for handle in handles {
    handle.join().unwrap();
}
results.take()
