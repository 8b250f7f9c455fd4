use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        let names = Rc::new(vec!["API-1", "API-2"]);
        // Ditolak: `names` (sebuah `Rc`, tidak `Send`) masih hidup melewati
        // `.await`, padahal task boleh berpindah thread di titik ini.
        tokio::time::sleep(Duration::from_millis(10)).await;
        println!("{} nama", names.len());
    });
    handle.await.unwrap();
}
