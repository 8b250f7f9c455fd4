//! `mdbook-listing`: preprocessor mdBook (lihat lib.rs). Dipanggil mdBook
//! sebagai `mdbook-listing supports <renderer>` lalu dengan `[context, book]`
//! JSON di stdin.

use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("supports") {
        // Keterangan listing berupa HTML: hanya untuk renderer html.
        return if args.get(1).map(String::as_str) == Some("html") {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("mdbook-listing: gagal membaca stdin: {e}");
        return ExitCode::FAILURE;
    }
    match mdbook_listing::run_protocol(&input) {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            if stdout.write_all(out.as_bytes()).is_err() {
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("mdbook-listing: {e}");
            ExitCode::FAILURE
        }
    }
}
