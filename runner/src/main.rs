use clap::Parser;
use runner::config::{Cli, Internal};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.internal {
        Some(Internal::Guard) => runner::sandbox::guard::main(),
        Some(Internal::LandlockProbe { dir }) => {
            let probe = runner::sandbox::landlock::probe_self(&dir);
            println!("{}", serde_json::to_string(&probe).unwrap_or_default());
            ExitCode::SUCCESS
        }
        None => match runner::run(cli.config) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("runner: {e:#}");
                ExitCode::FAILURE
            }
        },
    }
}
