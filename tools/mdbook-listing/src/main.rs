//! `mdbook-listing`: preprocessor mdBook (lihat lib.rs). mdBook memanggilnya
//! sebagai `mdbook-listing supports <renderer>`, lalu tanpa argumen dengan
//! `[context, book]` JSON di stdin; buku hasilnya ditulis ke stdout.

use std::process::ExitCode;

use mdbook_listing::ListingPreprocessor;
use mdbook_preprocessor::Preprocessor;

fn main() -> ExitCode {
    let pre = ListingPreprocessor;
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [cmd, renderer] = args.as_slice()
        && cmd == "supports"
    {
        return match pre.supports_renderer(renderer) {
            Ok(true) => ExitCode::SUCCESS,
            _ => ExitCode::FAILURE,
        };
    }
    let result = mdbook_preprocessor::parse_input(std::io::stdin().lock())
        .and_then(|(ctx, book)| pre.run(&ctx, book))
        .and_then(|book| Ok(serde_json::to_writer(std::io::stdout().lock(), &book)?));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("mdbook-listing: {e:#}");
            ExitCode::FAILURE
        }
    }
}
