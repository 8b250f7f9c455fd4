use std::rc::Rc;
use std::thread;

fn main() {
    // Rc menghitung pemiliknya dengan penghitung biasa (bukan atomik).
    let names = Rc::new(vec!["Ani", "Budi", "Citra"]);
    let for_thread = Rc::clone(&names);
    let handle = thread::spawn(move || {
        println!("Thread melihat {} nama", for_thread.len());
    });
    handle.join().unwrap();
    println!("main melihat {} nama", names.len());
}
